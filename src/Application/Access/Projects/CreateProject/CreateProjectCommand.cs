using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Projects.CreateProject;

/// <summary>EDITORs and ADMINs create projects; the creator gets FULL_ACCESS, other members the default level.</summary>
public sealed record CreateProjectCommand(WorkspaceId WorkspaceId, string Name, ProjectAccess DefaultAccess)
    : ICommand<ProjectId>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() =>
        AccessRequirement.WorkspaceRole(WorkspaceId, WorkspaceRole.Admin, WorkspaceRole.Editor);
}
