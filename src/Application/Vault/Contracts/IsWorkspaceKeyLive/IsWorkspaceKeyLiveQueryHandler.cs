using Deepnote.Application.Vault.Ports;
using Mediator;

namespace Deepnote.Application.Vault.Contracts.IsWorkspaceKeyLive;

/// <summary>A workspace that never made a key has nothing to shred.</summary>
internal sealed class IsWorkspaceKeyLiveQueryHandler(IVaultReader vault) : IQueryHandler<IsWorkspaceKeyLiveQuery, bool>
{
    public async ValueTask<bool> Handle(IsWorkspaceKeyLiveQuery query, CancellationToken ct) =>
        !await vault.IsWorkspaceKeyDestroyedAsync(query.WorkspaceId, ct);
}
