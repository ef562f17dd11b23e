using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common;
using Mediator;

namespace Deepnote.Application.Access.Workspaces.ListMyWorkspaces;

internal sealed class ListMyWorkspacesQueryHandler(IWorkspaceReader workspaces, ICurrentActor actor)
    : IQueryHandler<ListMyWorkspacesQuery, Page<WorkspaceDto>>
{
    public async ValueTask<Page<WorkspaceDto>> Handle(ListMyWorkspacesQuery query, CancellationToken ct)
    {
        Paging.TryDecodeCursor(query.After, Paging.OffsetCursor, out var offset);
        return await workspaces.ListWorkspacesAsync(actor.RequireUser(),
            Paging.Size(query.First), offset, ct);
    }
}
