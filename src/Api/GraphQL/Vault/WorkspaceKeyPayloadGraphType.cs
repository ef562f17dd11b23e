using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Grants.ListConnectionGrants;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Domain.Vault.Connections;
using global::GraphQL;
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
