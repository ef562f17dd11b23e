using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Workspaces.GetWorkspaceSettings;

public sealed record GetWorkspaceSettingsQuery(WorkspaceId WorkspaceId) : IQuery<WorkspaceSettingsDto>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.WorkspaceMember(WorkspaceId);
}
