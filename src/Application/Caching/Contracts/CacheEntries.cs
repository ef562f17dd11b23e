using Deepnote.Application.Abstractions;
using Deepnote.Application.Caching.Ports;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Domain.Caching;
using Deepnote.Domain.SharedKernel;
using Mediator;
using Deepnote.Application.Caching.Contracts.GetCachePolicy;
using Deepnote.Application.Caching.Contracts.GetCacheSlot;
using Deepnote.Application.Caching.Contracts.InvalidateConnectionCache;
using Deepnote.Application.Caching.Contracts.LookupCachedResult;
using Deepnote.Application.Caching.Contracts.PurgeCacheBelowKeyVersion;
using Deepnote.Application.Caching.Contracts.StoreCachedResult;
using Deepnote.Application.Vault.Contracts.FindFilesNamedIn;
using Deepnote.Application.Vault.Contracts.GetConnectionProfile;
using Deepnote.Application.Vault.Contracts.OpenBlob;
using Deepnote.Application.Vault.Contracts.OpenQueryFiles;
using Deepnote.Application.Vault.Contracts.OpenSecret;
using Deepnote.Application.Vault.Contracts.SealBlob;
using Deepnote.Application.Vault.Contracts.SealSecret;
using Deepnote.Application.Vault.Contracts.UnwrapCredentials;

namespace Deepnote.Application.Caching.Contracts;

internal static class CacheEntries
{
    public const string Purpose = "cache";

    /// <summary>The entry's key, as the record id of its encryption context: a sealed entry opens under its own
    /// key only.</summary>
    public static Guid RecordId(byte[] key) => new(key.AsSpan(0, 16));

    public static async Task<int> InvalidateAsync(IResultCacheStore store, IEventStore events, ConnectionId connection,
        WorkspaceId workspace, string reason, DateTimeOffset now, CancellationToken ct, bool recordEmpty = false)
    {
        var removed = await store.RemoveConnectionAsync(connection, ct);
        if (removed == 0 && !recordEmpty) return 0;

        await events.AppendAsync(CachePolicy.StreamFor(connection), workspace.Value, null,
            [new Domain.Caching.Events.CacheInvalidated(connection, workspace, removed, reason, now)], ct);
        return removed;
    }
}
