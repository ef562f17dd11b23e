using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Workspaces.InviteMember;

/// <summary>Adds a person to a workspace with a role. Someone who has no account yet gets one, and the result
/// carries a one-time invitation token with which they choose their password.</summary>
public sealed record InviteMemberCommand(WorkspaceId WorkspaceId, string Email, WorkspaceRole Role)
    : ICommand<InvitedMember>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() =>
        AccessRequirement.WorkspaceRole(WorkspaceId, Domain.Access.WorkspaceRole.Admin);
}
