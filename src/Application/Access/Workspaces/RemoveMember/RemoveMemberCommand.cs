using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Workspaces.RemoveMember;

public sealed record RemoveMemberCommand(WorkspaceId WorkspaceId, UserId UserId) : ICommand<bool>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.WorkspaceRole(WorkspaceId, WorkspaceRole.Admin);
}
