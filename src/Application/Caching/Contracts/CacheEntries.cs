using Deepnote.Application.Abstractions;
using Deepnote.Application.Caching.Ports;
using Deepnote.Domain.Caching;
using Deepnote.Domain.SharedKernel;

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
