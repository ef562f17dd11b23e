using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Access;

public sealed class ConfigureSsoInputGraphType : InputObjectGraphType<ConfigureSsoInput>
{
    public ConfigureSsoInputGraphType()
    {
        Name = "ConfigureSsoInput";
        Field<NonNullGraphType<IdGraphType>>("workspaceId");
        Field(i => i.Issuer).Description("e.g. https://accounts.google.com (Google Workspace) or https://<org>.okta.com (Okta).");
        Field(i => i.ClientId);
        Field(i => i.ClientSecret, nullable: true).Description("Write-only; sealed in the vault. Null keeps the current one.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("allowedDomains")
            .Description("Verified domains of this workspace that single sign-on covers; empty or absent: all of them.");
        Field<NonNullGraphType<WorkspaceRoleGraphType>>("defaultRole");
        Field(i => i.EnforceSso).Description("Members may no longer sign in with a password.");
    }
}
