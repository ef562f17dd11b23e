using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Access.Sso.ConfigureSso;
using Deepnote.Domain.SharedKernel;
using global::GraphQL;
using global::GraphQL.Types;
using static Deepnote.Api.GraphQL.Common.ResolveContextExtensions;

namespace Deepnote.Api.GraphQL.Access;

public static class SsoSchema
{
    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Mutate<WorkspacePayloadGraphType, ConfigureSsoInputGraphType, ConfigureSsoInput>("configureSso", async (c, i) =>
            {
                var workspace = new WorkspaceId(ParseId(i.WorkspaceId, "workspaceId"));
                await c.SendAsync(new ConfigureSsoCommand(workspace, i.Issuer, i.ClientId, i.ClientSecret, i.AllowedDomains,
                    i.DefaultRole, i.EnforceSso));
                return await c.SendAsync(new Application.Access.Workspaces.GetWorkspace.GetWorkspaceQuery(workspace));
            })
            .Description("ADMIN: the workspace's OpenID Connect provider (see `workspace.sso`).");
    }
}
