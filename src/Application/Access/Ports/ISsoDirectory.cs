using Deepnote.Application.Access.Contracts;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Access.Ports;

/// <summary>The workspaces' single sign-on providers.</summary>
public interface ISsoDirectory
{
    Task<SsoSettingsDto?> GetSsoAsync(WorkspaceId workspace, CancellationToken ct);

    Task<SsoSettingsDto?> FindSsoByDomainAsync(string emailDomain, CancellationToken ct);

    Task<bool> IsSsoEnforcedForAsync(UserId user, CancellationToken ct);
}
