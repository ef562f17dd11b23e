using Deepnote.Application.Access.Ports;
using Mediator;

namespace Deepnote.Application.Access.Projects.GetProjectContent;

internal sealed class GetProjectContentQueryHandler(IProjectReader projects)
    : IQueryHandler<GetProjectContentQuery, ProjectContent>
{
    public async ValueTask<ProjectContent> Handle(GetProjectContentQuery query, CancellationToken ct) =>
        new(await projects.BlocksAsync(query.ProjectId, ct), await projects.SharesAsync(query.ProjectId, ct));
}
