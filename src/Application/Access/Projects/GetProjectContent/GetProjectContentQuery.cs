using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Projects.GetProjectContent;

/// <summary>Blocks and shares: VIEW and above.</summary>
public sealed record GetProjectContentQuery(ProjectId ProjectId) : IQuery<ProjectContent>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.OnProject(ProjectId, ProjectAccess.View);
}
