using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Projects.GetProject;

/// <summary>A project for anyone with at least APP_USER on it; the details below it ask for more.</summary>
public sealed record GetProjectQuery(ProjectId ProjectId) : IQuery<ProjectDto>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.OnProject(ProjectId, ProjectAccess.AppUser);
}
