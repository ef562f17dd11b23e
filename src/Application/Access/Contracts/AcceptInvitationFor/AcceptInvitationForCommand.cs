using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Contracts.AcceptInvitationFor;

/// <summary>The person who controls <paramref name="Email"/> (a signed-in account with that address, or the holder of
/// the mailed link) accepts: a member invitation makes them a member, a guest invitation opens its project to them.</summary>
public sealed record AcceptInvitationForCommand(Guid InvitationId, UserId UserId, string Email) : ICommand<InvitationDto>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;

    public override string ToString() => $"{nameof(AcceptInvitationForCommand)} {{ {InvitationId}, {UserId} }}";
}
