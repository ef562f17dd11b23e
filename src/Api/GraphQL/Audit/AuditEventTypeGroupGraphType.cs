using Deepnote.Application.Audit.Contracts;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Audit;

public sealed class AuditEventTypeGroupGraphType : ObjectGraphType<AuditEventTypeGroup>
{
    public AuditEventTypeGroupGraphType()
    {
        Name = "AuditEventTypeGroup";
        Description = "The event types one module writes to the log.";
        Field(g => g.Module).Description("The module: Access, Audit, Caching, Execution, Identity, Vault.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("types")
            .Description("Event type names as `auditEvents(filter: { types })` and the export take them, in ordinal order.")
            .Resolve(c => c.Source.Types);
    }
}
