using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Workspaces;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using FluentValidation;
using Mediator;
using Deepnote.Application.Access.Contracts.CreateWorkspaceForOwner;
using Deepnote.Application.Access.Contracts.FindSsoWorkspace;
using Deepnote.Application.Access.Contracts.GetMyRole;
using Deepnote.Application.Access.Contracts.GetSsoSettings;
using Deepnote.Application.Access.Contracts.GetTokenLifetimeCap;
using Deepnote.Application.Access.Contracts.GetWorkspaceQuerySettings;
using Deepnote.Application.Access.Contracts.IsSsoEnforced;
using Deepnote.Application.Access.Contracts.JoinThroughSso;
using Deepnote.Application.Access.Contracts.PrepareRun;
using Deepnote.Application.Access.Sso.GetWorkspaceSso;
using Deepnote.Application.Access.Workspaces.GetWorkspaceQuerySettingsDto;
using Deepnote.Application.Access.Workspaces.GetWorkspaceSettings;
using Deepnote.Application.Access.Workspaces.UpdateWorkspaceQuerySettings;
using Deepnote.Application.Access.Workspaces.UpdateWorkspaceSettings;
using Deepnote.Application.Vault.Contracts.FindFilesNamedIn;
using Deepnote.Application.Vault.Contracts.GetConnectionProfile;
using Deepnote.Application.Vault.Contracts.OpenBlob;
using Deepnote.Application.Vault.Contracts.OpenQueryFiles;
using Deepnote.Application.Vault.Contracts.OpenSecret;
using Deepnote.Application.Vault.Contracts.SealBlob;
using Deepnote.Application.Vault.Contracts.SealSecret;
using Deepnote.Application.Vault.Contracts.UnwrapCredentials;

namespace Deepnote.Application.Access.Sso.ConfigureSso;

/// <summary>An ADMIN sets the workspace's OpenID Connect provider (Google Workspace, Okta or any compliant
/// issuer). The client secret is sealed in the vault at once; null keeps the current one.</summary>
public sealed record ConfigureSsoCommand(WorkspaceId WorkspaceId, string Issuer, string ClientId, string? ClientSecret,
    IReadOnlyList<string> AllowedDomains, WorkspaceRole DefaultRole, bool EnforceSso) : ICommand<bool>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.WorkspaceRole(WorkspaceId, WorkspaceRole.Admin);

    public override string ToString() => $"{nameof(ConfigureSsoCommand)} {{ {WorkspaceId}, {Issuer} }}";
}
