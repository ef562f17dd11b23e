using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Projects;

internal sealed class GetProjectContentQueryHandler(IProjectReader projects)
    : IQueryHandler<GetProjectContentQuery, ProjectContent>
{
    public async ValueTask<ProjectContent> Handle(GetProjectContentQuery query, CancellationToken ct) =>
        new(await projects.BlocksAsync(query.ProjectId, ct), await projects.SharesAsync(query.ProjectId, ct));
}
