using Deepnote.Application.Vault.Contracts;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Vault;

public sealed class WorkspaceKeyPayloadGraphType : ObjectGraphType<WorkspaceKeyDto?>
{
    public WorkspaceKeyPayloadGraphType()
    {
        Name = "WorkspaceKeyPayload";
        Field<WorkspaceKeyGraphType>("key").Description("The workspace key after the change.").Resolve(c => c.Source);
    }
}
