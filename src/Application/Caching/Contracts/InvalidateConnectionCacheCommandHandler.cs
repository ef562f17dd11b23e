using Deepnote.Application.Abstractions;
using Deepnote.Application.Caching.Ports;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Domain.Caching;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Caching.Contracts;

internal sealed class InvalidateConnectionCacheCommandHandler(IResultCacheStore store, IEventStore events, TimeProvider clock)
    : ICommandHandler<InvalidateConnectionCacheCommand, int>
{
    public async ValueTask<int> Handle(InvalidateConnectionCacheCommand command, CancellationToken ct) =>
        await CacheEntries.InvalidateAsync(store, events, command.ConnectionId, command.WorkspaceId, command.Reason,
            clock.GetUtcNow(), ct);
}
