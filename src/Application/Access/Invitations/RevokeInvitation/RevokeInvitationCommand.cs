using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Common.Authorization;
using Mediator;

namespace Deepnote.Application.Access.Invitations.RevokeInvitation;

/// <summary>An ADMIN withdraws a pending invitation of their workspace; its mailed link stops working.</summary>
public sealed record RevokeInvitationCommand(Guid InvitationId) : ICommand<InvitationDto>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.AdminOf(InvitationId);
}
