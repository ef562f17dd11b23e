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

namespace Deepnote.Application.Caching.Contracts.LookupCachedResult;

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
