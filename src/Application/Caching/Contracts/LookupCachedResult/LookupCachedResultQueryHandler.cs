using Deepnote.Application.Caching.Ports;
using Deepnote.Application.Vault.Contracts.OpenBlob;
using Mediator;

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
