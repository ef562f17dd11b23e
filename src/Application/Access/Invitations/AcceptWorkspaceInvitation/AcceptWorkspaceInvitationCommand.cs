using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Common.Authorization;
using Mediator;

namespace Deepnote.Application.Access.Invitations.AcceptWorkspaceInvitation;

/// <summary>A signed-in person accepts an invitation addressed to their account's e-mail address.</summary>
public sealed record AcceptWorkspaceInvitationCommand(Guid InvitationId) : ICommand<InvitationDto>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Person;
}
