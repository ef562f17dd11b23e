using Deepnote.Application.Common.Authorization;
using Mediator;

namespace Deepnote.Application.Access.Contracts.GetInvitation;

/// <summary>One invitation as its invitee sees it (the holder of its mailed link); null if there is none.</summary>
public sealed record GetInvitationQuery(Guid InvitationId) : IQuery<InvitationDto?>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;
}
