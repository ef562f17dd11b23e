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
using Deepnote.Application.Vault.Contracts.FindFilesNamedIn;
using Deepnote.Application.Vault.Contracts.GetConnectionProfile;
using Deepnote.Application.Vault.Contracts.OpenBlob;
using Deepnote.Application.Vault.Contracts.OpenQueryFiles;
using Deepnote.Application.Vault.Contracts.OpenSecret;
using Deepnote.Application.Vault.Contracts.SealBlob;
using Deepnote.Application.Vault.Contracts.SealSecret;
using Deepnote.Application.Vault.Contracts.UnwrapCredentials;

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
