using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Identity.Ports;

/// <summary>Accounts linked to a workspace's provider: workspace + issuer + subject, stored on first link.</summary>
public interface ISsoLinkReader
{
    Task<UserId?> FindUserAsync(WorkspaceId workspace, string issuer, string subject, CancellationToken ct);
}
