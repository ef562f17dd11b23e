using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Identity.Contracts;
using Mediator;

namespace Deepnote.Application.Identity.Users.AcceptInvitation;

/// <summary>The holder of a mailed invitation link for an address with no account chooses a password: the account is
/// created (the link proved the address), the invitation accepted, and they are signed in.</summary>
public sealed record AcceptInvitationCommand(string Token, string Password) : ICommand<SignInResult>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Anyone;

    public override string ToString() => nameof(AcceptInvitationCommand);
}
