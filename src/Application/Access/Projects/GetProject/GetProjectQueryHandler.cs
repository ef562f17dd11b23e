using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common;
using Mediator;

namespace Deepnote.Application.Access.Projects.GetProject;

internal sealed class GetProjectQueryHandler(IProjectReader projects, IAccessFacts facts, ICurrentActor actor)
    : IQueryHandler<GetProjectQuery, ProjectDto>
{
    public async ValueTask<ProjectDto> Handle(GetProjectQuery query, CancellationToken ct)
    {
        var standing = await facts.GetProjectAccessAsync(query.ProjectId, actor.RequireUser(), ct)
            ?? throw new NotFoundException("This project was not found, or you cannot see it.");
        return await projects.GetAsync(query.ProjectId, standing.Effective, ct)
            ?? throw new NotFoundException("This project was not found, or you cannot see it.");
    }
}
