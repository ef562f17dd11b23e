using Deepnote.Application.Abstractions;
using Deepnote.Application.Vault.Keys;
using Deepnote.Application.Vault.Ports;
using Mediator;

namespace Deepnote.Application.Vault.Contracts.KeyedHash;

internal sealed class KeyedHashQueryHandler(IEventStore events, IWorkspaceKeyStore keys, ISecretStore secrets,
    TimeProvider clock) : IQueryHandler<KeyedHashQuery, string>
{
    public async ValueTask<string> Handle(KeyedHashQuery query, CancellationToken ct)
    {
        await events.EnsureWorkspaceKeyAsync(keys, query.WorkspaceId, clock, ct);
        return await secrets.KeyedHashAsync(query.WorkspaceId, query.Purpose, query.Content, ct);
    }
}
