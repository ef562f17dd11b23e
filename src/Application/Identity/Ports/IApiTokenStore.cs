using Deepnote.Application.Common;
using Deepnote.Application.Identity.Contracts;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Identity.Ports;

/// <summary>API token secrets (only their SHA-256 is stored) and the token read model.</summary>
public interface IApiTokenStore
{
    /// <summary>Makes the secret (<c>dnp_</c> + 256 random bits) and stores its hash; the secret is returned once.</summary>
    Task<string> IssueSecretAsync(ApiTokenId token, CancellationToken ct);

    /// <summary>The live token behind a secret: not revoked, not expired, and its owner still a member of its
    /// workspace; null otherwise. Records the use (at most once a minute).</summary>
    Task<ApiTokenPrincipal?> ResolveAsync(string secret, CancellationToken ct);

    Task<ApiTokenDto?> GetAsync(ApiTokenId token, CancellationToken ct);

    /// <summary>The owner's tokens in a workspace that are not revoked (expired ones included: revoking them is harmless).</summary>
    Task<IReadOnlyList<ApiTokenId>> ListUnrevokedAsync(WorkspaceId workspace, UserId owner, CancellationToken ct);

    /// <summary>A workspace's tokens, or only those of <paramref name="owner"/>.</summary>
    Task<Page<ApiTokenDto>> ListAsync(WorkspaceId workspace, UserId? owner, int size, long offset, CancellationToken ct);
}
