using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Projects.ListProjects;

/// <summary>The projects of a workspace the caller can reach.</summary>
public sealed record ListProjectsQuery(WorkspaceId WorkspaceId, int? First = null, string? After = null)
    : IQuery<Page<ProjectDto>>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.WorkspaceMember(WorkspaceId);
}
