using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts.GetMyRole;
using Deepnote.Application.Common;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Application.Vault.Ports;
using Deepnote.Domain.Access;
using Mediator;

namespace Deepnote.Application.Vault.Connections.ListConnections;

internal sealed class ListConnectionsQueryHandler(ISender sender, IVaultReader vault, ICurrentActor actor)
    : IQueryHandler<ListConnectionsQuery, Page<ConnectionDto>>
{
    public async ValueTask<Page<ConnectionDto>> Handle(ListConnectionsQuery query, CancellationToken ct)
    {
        var viewer = actor.RequireUser();
        var role = await sender.Send(new GetMyRoleQuery(query.WorkspaceId), ct);
        Paging.TryDecodeCursor(query.After, Paging.OffsetCursor, out var offset);
        return await vault.ListConnectionsAsync(query.WorkspaceId, viewer,
            role == WorkspaceRole.Admin ? null : viewer, Paging.Size(query.First), offset, ct);
    }
}
