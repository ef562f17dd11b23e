using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Application.Vault.Ports;
using Mediator;

namespace Deepnote.Application.Vault.Connections.GetConnection;

internal sealed class GetConnectionQueryHandler(IVaultReader vault, ICurrentActor actor)
    : IQueryHandler<GetConnectionQuery, ConnectionDto>
{
    public async ValueTask<ConnectionDto> Handle(GetConnectionQuery query, CancellationToken ct) =>
        await vault.GetConnectionAsync(query.ConnectionId, actor.RequireUser(), ct)
            ?? throw new NotFoundException("This connection was not found, or you cannot see it.");
}
