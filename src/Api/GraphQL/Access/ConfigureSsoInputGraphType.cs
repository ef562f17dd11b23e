using Deepnote.Api.GraphQL.Common;
using Deepnote.Application.Access.Contracts;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using global::GraphQL;
using global::GraphQL.Types;
using static Deepnote.Api.GraphQL.Common.ResolveContextExtensions;
using Deepnote.Application.Access.Contracts.CreateWorkspaceForOwner;
using Deepnote.Application.Access.Contracts.FindSsoWorkspace;
using Deepnote.Application.Access.Contracts.GetMyRole;
using Deepnote.Application.Access.Contracts.GetSsoSettings;
using Deepnote.Application.Access.Contracts.GetTokenLifetimeCap;
using Deepnote.Application.Access.Contracts.GetWorkspaceQuerySettings;
using Deepnote.Application.Access.Contracts.IsSsoEnforced;
using Deepnote.Application.Access.Contracts.JoinThroughSso;
using Deepnote.Application.Access.Contracts.PrepareRun;
using Deepnote.Application.Access.Sso.ConfigureSso;
using Deepnote.Application.Access.Sso.GetWorkspaceSso;

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
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("allowedDomains");
        Field<NonNullGraphType<WorkspaceRoleGraphType>>("defaultRole");
        Field(i => i.EnforceSso).Description("Members may no longer sign in with a password.");
    }
}
