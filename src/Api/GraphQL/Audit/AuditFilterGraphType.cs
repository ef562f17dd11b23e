using Deepnote.Api.GraphQL.Common;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Audit;

public sealed class AuditFilterGraphType : InputObjectGraphType<AuditFilterInput>
{
    public AuditFilterGraphType()
    {
        Name = "AuditFilter";
        Field<IdGraphType>("actorId");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("types");
        Field<IdGraphType>("streamId");
        Field<DateTimeScalar>("from");
        Field<DateTimeScalar>("to");
    }
}
