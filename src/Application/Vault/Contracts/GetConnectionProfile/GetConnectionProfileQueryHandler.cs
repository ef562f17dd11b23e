using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Vault.Keys;
using Deepnote.Application.Vault.Ports;
using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Connections;
using Mediator;
using Deepnote.Application.Vault.Contracts.FindFilesNamedIn;
using Deepnote.Application.Vault.Contracts.OpenBlob;
using Deepnote.Application.Vault.Contracts.OpenQueryFiles;
using Deepnote.Application.Vault.Contracts.OpenSecret;
using Deepnote.Application.Vault.Contracts.SealBlob;
using Deepnote.Application.Vault.Contracts.SealSecret;
using Deepnote.Application.Vault.Contracts.UnwrapCredentials;

namespace Deepnote.Application.Vault.Contracts.GetConnectionProfile;

internal sealed class GetConnectionProfileQueryHandler(IVaultReader reader)
    : IQueryHandler<GetConnectionProfileQuery, ConnectionProfile>
{
    public async ValueTask<ConnectionProfile> Handle(GetConnectionProfileQuery query, CancellationToken ct) =>
        await reader.GetProfileAsync(query.ConnectionId, ct)
        ?? throw new NotFoundException($"Connection {query.ConnectionId} was not found.");
}
