using Deepnote.Application.Abstractions;
using Deepnote.Application.Caching.Ports;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Domain.Caching;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Caching.Contracts;

/// <summary>A connection's cache policy (OFF unless an ADMIN set one).</summary>
public sealed record GetCachePolicyQuery(ConnectionId ConnectionId) : IQuery<CachePolicyDto>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;
}

public sealed record CachePolicyDto(CachePolicyMode Mode, int? TtlSeconds);

internal sealed class GetCachePolicyQueryHandler(IResultCacheStore store) : IQueryHandler<GetCachePolicyQuery, CachePolicyDto>
{
    public async ValueTask<CachePolicyDto> Handle(GetCachePolicyQuery query, CancellationToken ct)
    {
        var (mode, ttl) = await store.GetPolicyAsync(query.ConnectionId, ct);
        return new CachePolicyDto(mode, ttl);
    }
}

/// <summary>The plaintext of a live entry, or null. The caller must already have authorised the actor for this
/// connection in this request; an entry that no longer opens (key destroyed, altered) is removed and is a miss.</summary>
public sealed record LookupCachedResultQuery(WorkspaceId WorkspaceId, byte[] Key) : IQuery<byte[]?>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;
}

internal sealed class LookupCachedResultQueryHandler(IResultCacheStore store, ISender sender, TimeProvider clock)
    : IQueryHandler<LookupCachedResultQuery, byte[]?>
{
    public async ValueTask<byte[]?> Handle(LookupCachedResultQuery query, CancellationToken ct)
    {
        if (await store.FindAsync(query.Key, clock.GetUtcNow(), ct) is not { } blob) return null;
        var plaintext = await sender.Send(new OpenBlobQuery(query.WorkspaceId, CacheEntries.Purpose,
            CacheEntries.RecordId(query.Key), blob), ct);
        if (plaintext is null) await store.RemoveAsync(query.Key, ct);
        return plaintext;
    }
}

/// <summary>Seals a result under the workspace key and stores it until its TTL ends.</summary>
/// <param name="ReadAt">When the rows were read: if the connection's cache was emptied (or switched off) since, the
/// result is not stored, so nothing read before an invalidation comes back after it.</param>
public sealed record StoreCachedResultCommand(WorkspaceId WorkspaceId, ConnectionId ConnectionId, byte[] Key,
    byte[] Payload, int TtlSeconds, DateTimeOffset ReadAt) : ICommand<bool>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;

    public override string ToString() => $"{nameof(StoreCachedResultCommand)} {{ {ConnectionId}, {Payload.Length} bytes }}";
}

internal sealed class StoreCachedResultCommandHandler(IResultCacheStore store, ISender sender, ExecutionLimits limits,
    TimeProvider clock) : ICommandHandler<StoreCachedResultCommand, bool>
{
    public async ValueTask<bool> Handle(StoreCachedResultCommand command, CancellationToken ct)
    {
        if (command.Payload.Length > limits.MaxCacheEntryBytes) return false;
        var blob = await sender.Send(new SealBlobCommand(command.WorkspaceId, CacheEntries.Purpose,
            CacheEntries.RecordId(command.Key), command.Payload), ct);
        var now = clock.GetUtcNow();
        return await store.StoreAsync(command.Key, command.WorkspaceId, command.ConnectionId, blob, now,
            now.AddSeconds(command.TtlSeconds), command.ReadAt, limits.CacheBytesPerWorkspace, ct);
    }
}

/// <summary>Drops a connection's entries because something they depended on changed (a grant was revoked, the
/// credentials were replaced); recorded as <c>CacheInvalidated</c> when anything was removed.</summary>
public sealed record InvalidateConnectionCacheCommand(ConnectionId ConnectionId, WorkspaceId WorkspaceId, string Reason)
    : ICommand<int>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;
}

internal sealed class InvalidateConnectionCacheCommandHandler(IResultCacheStore store, IEventStore events, TimeProvider clock)
    : ICommandHandler<InvalidateConnectionCacheCommand, int>
{
    public async ValueTask<int> Handle(InvalidateConnectionCacheCommand command, CancellationToken ct) =>
        await CacheEntries.InvalidateAsync(store, events, command.ConnectionId, command.WorkspaceId, command.Reason,
            clock.GetUtcNow(), ct);
}

/// <summary>After a workspace key rotation: entries under older versions are dropped rather than re-wrapped
/// (they are only a cache).</summary>
public sealed record PurgeCacheBelowKeyVersionCommand(WorkspaceId WorkspaceId, int KeyVersion) : ICommand<int>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;
}

internal sealed class PurgeCacheBelowKeyVersionCommandHandler(IResultCacheStore store)
    : ICommandHandler<PurgeCacheBelowKeyVersionCommand, int>
{
    public async ValueTask<int> Handle(PurgeCacheBelowKeyVersionCommand command, CancellationToken ct) =>
        await store.RemoveBelowKeyVersionAsync(command.WorkspaceId, command.KeyVersion, ct);
}

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
