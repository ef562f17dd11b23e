using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common;
using Mediator;

namespace Deepnote.Application.Access.Workspaces.GetWorkspace;

internal sealed class GetWorkspaceQueryHandler(IWorkspaceReader workspaces, ICurrentActor actor)
    : IQueryHandler<GetWorkspaceQuery, WorkspaceDto>
{
    public async ValueTask<WorkspaceDto> Handle(GetWorkspaceQuery query, CancellationToken ct) =>
        await workspaces.GetWorkspaceAsync(query.WorkspaceId, actor.RequireUser(), ct)
            ?? throw new NotFoundException("This workspace was not found, or you are not a member of it.");
}
