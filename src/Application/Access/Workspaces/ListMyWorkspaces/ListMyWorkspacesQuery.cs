using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Mediator;

namespace Deepnote.Application.Access.Workspaces.ListMyWorkspaces;

/// <summary>The workspaces the signed-in person belongs to, by name.</summary>
public sealed record ListMyWorkspacesQuery(int? First, string? After) : IQuery<Page<WorkspaceDto>>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.SignedIn;
}

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

internal sealed class ListMyWorkspacesQueryValidator : FluentValidation.AbstractValidator<ListMyWorkspacesQuery>
{
    public ListMyWorkspacesQueryValidator() => this.AddPagingRules(q => q.First, q => q.After);
}
