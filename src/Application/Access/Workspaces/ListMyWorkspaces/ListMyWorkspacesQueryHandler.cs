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
        var user = actor.RequireUser();
        if (actor.TokenWorkspace is { } own)
        {
            // An API token sees its own workspace only: its owner's other memberships are beyond its reach.
            var workspace = await workspaces.GetWorkspaceAsync(own, user, ct);
            return new Page<WorkspaceDto>(workspace is null ? [] : [new PageItem<WorkspaceDto>(Paging.EncodeCursor(Paging.OffsetCursor, 1), workspace)],
                false, false, workspace is null ? 0 : 1);
        }

        Paging.TryDecodeCursor(query.After, Paging.OffsetCursor, out var offset);
        return await workspaces.ListWorkspacesAsync(user, Paging.Size(query.First), offset, ct);
    }
}
