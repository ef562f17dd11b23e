using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common;
using Mediator;

namespace Deepnote.Application.Access.Projects.ListProjects;

internal sealed class ListProjectsQueryHandler(IProjectReader projects, ICurrentActor actor)
    : IQueryHandler<ListProjectsQuery, Page<ProjectDto>>
{
    public async ValueTask<Page<ProjectDto>> Handle(ListProjectsQuery query, CancellationToken ct) =>
        Paging.Slice(await projects.ListAsync(query.WorkspaceId, actor.RequireUser(), ct), query.First, query.After);
}
