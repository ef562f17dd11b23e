using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Sso;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using global::GraphQL;
using global::GraphQL.Types;
using static Deepnote.Api.GraphQL.Common.ResolveContextExtensions;

namespace Deepnote.Api.GraphQL.Access;

public sealed class SsoSettingsGraphType : ObjectGraphType<SsoSettingsDto>
{
    public SsoSettingsGraphType()
    {
        Name = "SsoSettings";
        Field(s => s.Issuer);
        Field(s => s.ClientId);
        Field<NonNullGraphType<BooleanGraphType>>("hasClientSecret").Resolve(c => c.Source.ClientSecretId is not null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("allowedDomains").Resolve(c => c.Source.AllowedDomains);
        Field<NonNullGraphType<WorkspaceRoleGraphType>>("defaultRole").Resolve(c => c.Source.DefaultRole);
        Field(s => s.EnforceSso);
    }
}

public sealed class ConfigureSsoInput
{
    public string WorkspaceId { get; set; } = "";

    public string Issuer { get; set; } = "";

    public string ClientId { get; set; } = "";

    public string? ClientSecret { get; set; }

    public List<string> AllowedDomains { get; set; } = [];

    public WorkspaceRole DefaultRole { get; set; } = WorkspaceRole.Viewer;

    public bool EnforceSso { get; set; }

    public override string ToString() => nameof(ConfigureSsoInput);
}

public sealed class ConfigureSsoInputGraphType : InputObjectGraphType<ConfigureSsoInput>
{
    public ConfigureSsoInputGraphType()
    {
        Name = "ConfigureSsoInput";
        Field<NonNullGraphType<IdGraphType>>("workspaceId");
        Field(i => i.Issuer).Description("e.g. https://accounts.google.com (Google Workspace) or https://<org>.okta.com (Okta).");
        Field(i => i.ClientId);
        Field(i => i.ClientSecret, nullable: true).Description("Write-only; sealed in the vault. Null keeps the current one.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("allowedDomains");
        Field<NonNullGraphType<WorkspaceRoleGraphType>>("defaultRole");
        Field(i => i.EnforceSso).Description("Members may no longer sign in with a password.");
    }
}

public static class SsoSchema
{
    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<WorkspacePayloadGraphType>>("configureSso")
            .Description("ADMIN: the workspace's OpenID Connect provider (see `workspace.sso`).")
            .Argument<NonNullGraphType<ConfigureSsoInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var i = c.GetArgument<ConfigureSsoInput>("input");
                var workspace = new WorkspaceId(ParseId(i.WorkspaceId, "workspaceId"));
                await c.SendAsync(new ConfigureSsoCommand(workspace, i.Issuer, i.ClientId, i.ClientSecret, i.AllowedDomains,
                    i.DefaultRole, i.EnforceSso));
                return await c.SendAsync(new Application.Access.Workspaces.GetWorkspace.GetWorkspaceQuery(workspace));
            });
    }
}
