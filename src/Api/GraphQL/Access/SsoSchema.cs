using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Access.Sso.ConfigureSso;
using Deepnote.Application.Identity.Sso.StartSsoLink;
using Deepnote.Domain.SharedKernel;
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
                await c.SendAsync(new ConfigureSsoCommand(workspace, i.Issuer, i.ClientId, i.ClientSecret, i.AllowedDomains ?? [],
                    i.DefaultRole, i.EnforceSso));
                return await c.SendAsync(new Application.Access.Workspaces.GetWorkspace.GetWorkspaceQuery(workspace));
            })
            .Description("ADMIN: the workspace's OpenID Connect provider (see `workspace.sso`). It signs in accounts of the "
                + "workspace's verified domains and accounts linked to it; the discovery document is checked now.");

        mutation.Field("linkSingleSignOn", MutationFields.StringPayload("LinkSingleSignOnPayload", "redirectUrl"))
            .Description("A member links their account to the workspace's provider: open `redirectUrl` in the browser and "
                + "sign in there; from then on that provider account signs in to this account.")
            .Input("LinkSingleSignOnInput", i => i.Required<IdGraphType>("workspaceId"))
            .ResolveAsync(async c =>
            {
                var start = await c.SendAsync(new StartSsoLinkCommand(new WorkspaceId(c.Input().Id("workspaceId"))));
                Security.SsoBindingCookie.Set(c.Http().Response, start.BrowserBinding); // only this browser may finish it
                return start.RedirectUrl.ToString();
            });
    }
}
