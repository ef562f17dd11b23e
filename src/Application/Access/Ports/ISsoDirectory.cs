using Deepnote.Application.Access.Contracts;
using Deepnote.Domain.SharedKernel;
using Deepnote.Application.Access.Contracts.CreateWorkspaceForOwner;
using Deepnote.Application.Access.Contracts.FindSsoWorkspace;
using Deepnote.Application.Access.Contracts.GetMyRole;
using Deepnote.Application.Access.Contracts.GetSsoSettings;
using Deepnote.Application.Access.Contracts.GetTokenLifetimeCap;
using Deepnote.Application.Access.Contracts.GetWorkspaceQuerySettings;
using Deepnote.Application.Access.Contracts.IsSsoEnforced;
using Deepnote.Application.Access.Contracts.JoinThroughSso;
using Deepnote.Application.Access.Contracts.PrepareRun;

namespace Deepnote.Application.Access.Ports;

/// <summary>The workspaces' single sign-on providers.</summary>
public interface ISsoDirectory
{
    Task<SsoSettingsDto?> GetSsoAsync(WorkspaceId workspace, CancellationToken ct);

    Task<SsoSettingsDto?> FindSsoByDomainAsync(string emailDomain, CancellationToken ct);

    Task<bool> IsSsoEnforcedForAsync(UserId user, CancellationToken ct);
}
