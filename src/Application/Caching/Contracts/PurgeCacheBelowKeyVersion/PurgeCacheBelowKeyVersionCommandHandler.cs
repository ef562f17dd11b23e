using Deepnote.Application.Caching.Ports;
using Mediator;

namespace Deepnote.Application.Caching.Contracts.PurgeCacheBelowKeyVersion;

internal sealed class PurgeCacheBelowKeyVersionCommandHandler(IResultCacheStore store)
    : ICommandHandler<PurgeCacheBelowKeyVersionCommand, int>
{
    public async ValueTask<int> Handle(PurgeCacheBelowKeyVersionCommand command, CancellationToken ct) =>
        await store.RemoveBelowKeyVersionAsync(command.WorkspaceId, command.KeyVersion, ct);
}
