using Deepnote.Application.Access.Contracts;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Access.Ports;

/// <summary>The workspaces' single sign-on providers.</summary>
public interface ISsoDirectory
{
    Task<SsoSettingsDto?> GetSsoAsync(WorkspaceId workspace, CancellationToken ct);

    /// <summary>The provider of the one workspace that verified this e-mail domain (and lets SSO cover it).</summary>
    Task<SsoSettingsDto?> FindSsoByDomainAsync(string emailDomain, CancellationToken ct);
}
