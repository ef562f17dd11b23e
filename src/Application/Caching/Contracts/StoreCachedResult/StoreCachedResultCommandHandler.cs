using Deepnote.Application.Caching.Ports;
using Deepnote.Application.Common;
using Deepnote.Application.Vault.Contracts.SealBlob;
using Mediator;

namespace Deepnote.Application.Caching.Contracts.StoreCachedResult;

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
