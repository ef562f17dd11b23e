using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Identity.Contracts;
using Mediator;

namespace Deepnote.Application.Identity.Users.AcceptInvitation;

/// <summary>An invited person follows their one-time link and chooses a password; they are then signed in.</summary>
public sealed record AcceptInvitationCommand(string Token, string Password) : ICommand<SignInResult>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Anyone;

    public override string ToString() => nameof(AcceptInvitationCommand);
}
