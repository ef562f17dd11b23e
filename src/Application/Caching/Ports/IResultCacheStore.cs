using Deepnote.Application.Vault.Contracts;
using Deepnote.Domain.Caching;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Caching.Ports;

/// <summary>Sealed result sets in PostgreSQL, and the cache policies (a projection).</summary>
public interface IResultCacheStore
{
    Task<(CachePolicyMode Mode, int? TtlSeconds)> GetPolicyAsync(ConnectionId connection, CancellationToken ct);

    /// <summary>The live (unexpired) entry under the key, or null.</summary>
    Task<SealedBlob?> FindAsync(byte[] key, DateTimeOffset now, CancellationToken ct);

    /// <summary>Stores (or replaces) an entry unless the connection's policy is no longer TTL or its cache was emptied
    /// after <paramref name="readAt"/>, then evicts the workspace's oldest entries beyond its byte cap. False when
    /// nothing was stored.</summary>
    Task<bool> StoreAsync(byte[] key, WorkspaceId workspace, ConnectionId connection, SealedBlob blob, DateTimeOffset now,
        DateTimeOffset expiresAt, DateTimeOffset readAt, long workspaceCap, CancellationToken ct);

    Task RemoveAsync(byte[] key, CancellationToken ct);

    Task<int> RemoveConnectionAsync(ConnectionId connection, CancellationToken ct);

    Task<int> RemoveExpiredAsync(DateTimeOffset now, CancellationToken ct);

    /// <summary>Entries sealed under a version of the workspace key older than <paramref name="keyVersion"/>.</summary>
    Task<int> RemoveBelowKeyVersionAsync(WorkspaceId workspace, int keyVersion, CancellationToken ct);
}
