using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common;
using Mediator;

namespace Deepnote.Application.Access.Projects.ListGuestProjects;

internal sealed class ListGuestProjectsQueryHandler(IProjectReader projects, ICurrentActor actor)
    : IQueryHandler<ListGuestProjectsQuery, Page<ProjectDto>>
{
    public async ValueTask<Page<ProjectDto>> Handle(ListGuestProjectsQuery query, CancellationToken ct) =>
        Paging.Slice(await projects.ListGuestProjectsAsync(actor.RequireUser(), ct), query.First, query.After);
}
