using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Application.Vault.Ports;
using Deepnote.Domain.Access;
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

namespace Deepnote.Application.Vault.Connections.ListProjectConnections;

internal sealed class ListProjectConnectionsQueryHandler(IVaultReader vault, ICurrentActor actor)
    : IQueryHandler<ListProjectConnectionsQuery, IReadOnlyList<ConnectionDto>>
{
    public async ValueTask<IReadOnlyList<ConnectionDto>> Handle(ListProjectConnectionsQuery query, CancellationToken ct) =>
        await vault.ListForProjectAsync(query.ProjectId, actor.RequireUser(), ct);
}
