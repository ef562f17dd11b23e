using System.Globalization;
using Deepnote.Application.Audit.Contracts;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Audit;

public sealed class AuditActivityCountGraphType : ObjectGraphType<AuditActivityCount>
{
    public AuditActivityCountGraphType()
    {
        Name = "AuditActivityCount";
        Field<NonNullGraphType<StringGraphType>>("day").Description("The UTC day, yyyy-MM-dd.")
            .Resolve(c => c.Source.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Field(a => a.Type).Description("The event's stored name, as in auditEvents.");
        Field<NonNullGraphType<LongGraphType>>("events").Resolve(c => c.Source.Events);
    }
}
