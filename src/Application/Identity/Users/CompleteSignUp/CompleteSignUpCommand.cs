using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Identity.Contracts;
using Mediator;

namespace Deepnote.Application.Identity.Users.CompleteSignUp;

/// <summary>The holder of a mailed sign-up link chooses a password; the account is created and signed in.</summary>
public sealed record CompleteSignUpCommand(string Token, string Password) : ICommand<SignInResult>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Anyone;

    public override string ToString() => nameof(CompleteSignUpCommand);
}
