using Deepnote.Application.Common;
using Deepnote.Application.Vault.Ports;
using Mediator;

namespace Deepnote.Application.Vault.Contracts.GetConnectionProfile;

internal sealed class GetConnectionProfileQueryHandler(IVaultReader reader)
    : IQueryHandler<GetConnectionProfileQuery, ConnectionProfile>
{
    public async ValueTask<ConnectionProfile> Handle(GetConnectionProfileQuery query, CancellationToken ct) =>
        await reader.GetProfileAsync(query.ConnectionId, ct)
        ?? throw new NotFoundException($"Connection {query.ConnectionId} was not found.");
}
