using Deepnote.Application.Abstractions;
using Deepnote.Application.Caching.Ports;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Domain.Caching;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Caching.Contracts;

internal sealed class PurgeCacheBelowKeyVersionCommandHandler(IResultCacheStore store)
    : ICommandHandler<PurgeCacheBelowKeyVersionCommand, int>
{
    public async ValueTask<int> Handle(PurgeCacheBelowKeyVersionCommand command, CancellationToken ct) =>
        await store.RemoveBelowKeyVersionAsync(command.WorkspaceId, command.KeyVersion, ct);
}
