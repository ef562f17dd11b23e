using Deepnote.Application.Abstractions;
using Deepnote.Application.Caching.Contracts;
using Deepnote.Application.Caching.Ports;
using Deepnote.Application.Vault.Contracts.GetConnectionProfile;
using Mediator;

namespace Deepnote.Application.Caching.Entries.InvalidateCache;

internal sealed class InvalidateCacheCommandHandler(IResultCacheStore store, IEventStore events, ISender sender,
    TimeProvider clock) : ICommandHandler<InvalidateCacheCommand, int>
{
    public async ValueTask<int> Handle(InvalidateCacheCommand command, CancellationToken ct)
    {
        var connection = await sender.Send(new GetConnectionProfileQuery(command.ConnectionId), ct);
        return await CacheEntries.InvalidateAsync(store, events, command.ConnectionId, connection.WorkspaceId,
            "invalidated by an ADMIN", clock.GetUtcNow(), ct, recordEmpty: true);
    }
}
