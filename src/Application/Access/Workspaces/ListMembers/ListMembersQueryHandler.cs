using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;
using Deepnote.Application.Access.Contracts.CreateWorkspaceForOwner;
using Deepnote.Application.Access.Contracts.FindSsoWorkspace;
using Deepnote.Application.Access.Contracts.GetMyRole;
using Deepnote.Application.Access.Contracts.GetSsoSettings;
using Deepnote.Application.Access.Contracts.GetTokenLifetimeCap;
using Deepnote.Application.Access.Contracts.GetWorkspaceQuerySettings;
using Deepnote.Application.Access.Contracts.IsSsoEnforced;
using Deepnote.Application.Access.Contracts.JoinThroughSso;
using Deepnote.Application.Access.Contracts.PrepareRun;
using Deepnote.Application.Access.Workspaces.GetWorkspaceQuerySettingsDto;
using Deepnote.Application.Access.Workspaces.GetWorkspaceSettings;
using Deepnote.Application.Access.Workspaces.UpdateWorkspaceQuerySettings;
using Deepnote.Application.Access.Workspaces.UpdateWorkspaceSettings;

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
