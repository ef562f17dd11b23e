using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Application.Vault.Ports;
using Deepnote.Domain.SharedKernel;
using Mediator;
using Deepnote.Application.Vault.Contracts.FindFilesNamedIn;
using Deepnote.Application.Vault.Contracts.GetConnectionProfile;
using Deepnote.Application.Vault.Contracts.OpenBlob;
using Deepnote.Application.Vault.Contracts.OpenQueryFiles;
using Deepnote.Application.Vault.Contracts.OpenSecret;
using Deepnote.Application.Vault.Contracts.SealBlob;
using Deepnote.Application.Vault.Contracts.SealSecret;
using Deepnote.Application.Vault.Contracts.UnwrapCredentials;

namespace Deepnote.Application.Vault.Connections.GetConnection;

internal sealed class GetConnectionQueryHandler(IVaultReader vault, ICurrentActor actor)
    : IQueryHandler<GetConnectionQuery, ConnectionDto>
{
    public async ValueTask<ConnectionDto> Handle(GetConnectionQuery query, CancellationToken ct) =>
        await vault.GetConnectionAsync(query.ConnectionId, actor.RequireUser(), ct)
            ?? throw new NotFoundException($"Connection {query.ConnectionId} was not found.");
}
