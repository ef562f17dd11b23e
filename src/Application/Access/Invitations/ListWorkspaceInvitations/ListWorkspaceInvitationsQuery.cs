using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Invitations.ListWorkspaceInvitations;

/// <summary>An ADMIN's view of the invitations of their workspace still awaiting an answer.</summary>
public sealed record ListWorkspaceInvitationsQuery(WorkspaceId WorkspaceId) : IQuery<IReadOnlyList<InvitationDto>>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.WorkspaceRole(WorkspaceId, WorkspaceRole.Admin);
}
