using Deepnote.Application.Caching.Ports;
using Mediator;

namespace Deepnote.Application.Caching.Entries.ExpireCache;

internal sealed class ExpireCacheCommandHandler(IResultCacheStore store, TimeProvider clock)
    : ICommandHandler<ExpireCacheCommand, int>
{
    public async ValueTask<int> Handle(ExpireCacheCommand command, CancellationToken ct) =>
        await store.RemoveExpiredAsync(clock.GetUtcNow(), ct);
}
