using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Common.Authorization;
using Mediator;

namespace Deepnote.Application.Access.Invitations.ListMyInvitations;

/// <summary>The pending invitations addressed to the signed-in person's e-mail address.</summary>
public sealed record ListMyInvitationsQuery : IQuery<IReadOnlyList<InvitationDto>>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Person;
}
