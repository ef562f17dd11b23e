using Deepnote.Application.Abstractions;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Application.Vault.Ports;
using Mediator;

namespace Deepnote.Application.Vault.Connections.ListProjectConnections;

internal sealed class ListProjectConnectionsQueryHandler(IVaultReader vault, ICurrentActor actor)
    : IQueryHandler<ListProjectConnectionsQuery, IReadOnlyList<ConnectionDto>>
{
    public async ValueTask<IReadOnlyList<ConnectionDto>> Handle(ListProjectConnectionsQuery query, CancellationToken ct) =>
        await vault.ListForProjectAsync(query.ProjectId, actor.RequireUser(), ct);
}
