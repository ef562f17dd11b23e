using Deepnote.Application.Abstractions;
using Deepnote.Application.Caching.Ports;
using Mediator;

namespace Deepnote.Application.Caching.Contracts.InvalidateConnectionCache;

internal sealed class InvalidateConnectionCacheCommandHandler(IResultCacheStore store, IEventStore events, TimeProvider clock)
    : ICommandHandler<InvalidateConnectionCacheCommand, int>
{
    public async ValueTask<int> Handle(InvalidateConnectionCacheCommand command, CancellationToken ct) =>
        await CacheEntries.InvalidateAsync(store, events, command.ConnectionId, command.WorkspaceId, command.Reason,
            clock.GetUtcNow(), ct);
}
