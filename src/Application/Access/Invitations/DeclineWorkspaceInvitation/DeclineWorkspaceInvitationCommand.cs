using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Common.Authorization;
using Mediator;

namespace Deepnote.Application.Access.Invitations.DeclineWorkspaceInvitation;

/// <summary>A signed-in person declines an invitation addressed to them; nothing changes in that workspace.</summary>
public sealed record DeclineWorkspaceInvitationCommand(Guid InvitationId) : ICommand<InvitationDto>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Person;
}
