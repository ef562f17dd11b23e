using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Identity.Contracts;
using Mediator;

namespace Deepnote.Application.Identity.Users.ResetPassword;

/// <summary>The holder of a reset link sets a new password: every session ends, the sign-in back-off is cleared, and
/// a new session starts.</summary>
public sealed record ResetPasswordCommand(string Token, string Password) : ICommand<SignInResult>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Anyone;

    public override string ToString() => nameof(ResetPasswordCommand);
}
