using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common;
using Deepnote.Domain.Access;
using Mediator;

namespace Deepnote.Application.Access.Workspaces.ListMembers;

internal sealed class ListMembersQueryHandler(IWorkspaceReader workspaces, IAccessFacts facts, ICurrentActor actor)
    : IQueryHandler<ListMembersQuery, Page<MemberDto>>
{
    public async ValueTask<Page<MemberDto>> Handle(ListMembersQuery query, CancellationToken ct)
    {
        Paging.TryDecodeCursor(query.After, Paging.OffsetCursor, out var offset);
        var page = await workspaces.ListMembersAsync(query.WorkspaceId, Paging.Size(query.First), offset, ct);
        var viewer = actor.RequireUser();
        if (await facts.GetRoleAsync(query.WorkspaceId, viewer, ct) == WorkspaceRole.Admin) return page;

        // Who may use which connection is for ADMINs to see.
        return page with { Items = page.Items.Select(i => i with { Node = i.Node with { ConnectionGrants = [] } }).ToList() };
    }
}
