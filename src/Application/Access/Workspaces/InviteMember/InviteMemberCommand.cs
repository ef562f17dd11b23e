using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Workspaces.InviteMember;

/// <summary>Invites an address to join with a role. The invitation is mailed; nobody joins until the person accepts
/// (an existing account from its invitations, a new address through the mailed link). The answer is the same
/// whether or not the address has an account.</summary>
public sealed record InviteMemberCommand(WorkspaceId WorkspaceId, string Email, WorkspaceRole Role)
    : ICommand<InvitationDto>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() =>
        AccessRequirement.WorkspaceRole(WorkspaceId, Domain.Access.WorkspaceRole.Admin);
}
