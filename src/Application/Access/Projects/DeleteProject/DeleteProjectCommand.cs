using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Projects.DeleteProject;

/// <summary>Only FULL_ACCESS deletes (ADMINs always have it).</summary>
public sealed record DeleteProjectCommand(ProjectId ProjectId) : ICommand<bool>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.OnProject(ProjectId, ProjectAccess.FullAccess);
}
