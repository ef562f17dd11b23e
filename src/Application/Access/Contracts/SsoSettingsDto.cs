using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Access.Workspaces;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
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
using Deepnote.Application.Access.Workspaces.GetWorkspaceQuerySettingsDto;
using Deepnote.Application.Access.Workspaces.GetWorkspaceSettings;
using Deepnote.Application.Access.Workspaces.UpdateWorkspaceQuerySettings;
using Deepnote.Application.Access.Workspaces.UpdateWorkspaceSettings;

namespace Deepnote.Application.Access.Contracts;

public sealed record SsoSettingsDto(WorkspaceId WorkspaceId, string Issuer, string ClientId, Guid? ClientSecretId,
    IReadOnlyList<string> AllowedDomains, WorkspaceRole DefaultRole, bool EnforceSso)
{
    public const string SecretPurpose = "oidc-client-secret";
}
