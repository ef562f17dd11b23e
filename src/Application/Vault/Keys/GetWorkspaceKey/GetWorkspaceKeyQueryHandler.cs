using Deepnote.Application.Vault.Contracts;
using Deepnote.Application.Vault.Ports;
using Mediator;

namespace Deepnote.Application.Vault.Keys.GetWorkspaceKey;

internal sealed class GetWorkspaceKeyQueryHandler(IVaultReader vault) : IQueryHandler<GetWorkspaceKeyQuery, WorkspaceKeyDto?>
{
    public async ValueTask<WorkspaceKeyDto?> Handle(GetWorkspaceKeyQuery query, CancellationToken ct) =>
        await vault.GetWorkspaceKeyAsync(query.WorkspaceId, ct);
}
