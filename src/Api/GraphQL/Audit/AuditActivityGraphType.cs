using Deepnote.Application.Audit.Contracts;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Audit;

public sealed class AuditActivityGraphType : ObjectGraphType<AuditActivityDto>
{
    public AuditActivityGraphType()
    {
        Name = "AuditActivity";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditActivityCountGraphType>>>>("counts")
            .Description("Newest day first, then by type.").Resolve(c => c.Source.Counts);
        Field(a => a.CountedThrough, nullable: true)
            .Description("When the newest of this workspace's events the counts include was recorded (null: none yet). The counts follow the log within seconds.");
    }
}
