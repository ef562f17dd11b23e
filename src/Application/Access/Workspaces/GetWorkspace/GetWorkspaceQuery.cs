using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Workspaces.GetWorkspace;

public sealed record GetWorkspaceQuery(WorkspaceId WorkspaceId) : IQuery<WorkspaceDto>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.WorkspaceMember(WorkspaceId);
}
