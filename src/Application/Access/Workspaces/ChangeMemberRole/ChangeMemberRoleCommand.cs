using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Workspaces.ChangeMemberRole;

public sealed record ChangeMemberRoleCommand(WorkspaceId WorkspaceId, UserId UserId, WorkspaceRole Role)
    : ICommand<MemberDto>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() =>
        AccessRequirement.WorkspaceRole(WorkspaceId, Domain.Access.WorkspaceRole.Admin);
}
