using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Vault.Keys;
using Deepnote.Application.Vault.Ports;
using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Connections;
using Mediator;

namespace Deepnote.Application.Vault.Contracts;

internal sealed class GetConnectionProfileQueryHandler(IVaultReader reader)
    : IQueryHandler<GetConnectionProfileQuery, ConnectionProfile>
{
    public async ValueTask<ConnectionProfile> Handle(GetConnectionProfileQuery query, CancellationToken ct) =>
        await reader.GetProfileAsync(query.ConnectionId, ct)
        ?? throw new NotFoundException($"Connection {query.ConnectionId} was not found.");
}
