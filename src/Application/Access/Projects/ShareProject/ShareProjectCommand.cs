using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Projects.ShareProject;

/// <summary>Only FULL_ACCESS shares; the person must be a member of the project's workspace. NONE unshares.</summary>
public sealed record ShareProjectCommand(ProjectId ProjectId, UserId UserId, ProjectAccess Access) : ICommand<bool>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.OnProject(ProjectId, ProjectAccess.FullAccess);
}
