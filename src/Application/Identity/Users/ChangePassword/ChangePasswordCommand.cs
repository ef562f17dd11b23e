using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Identity.Contracts;
using Mediator;

namespace Deepnote.Application.Identity.Users.ChangePassword;

/// <summary>Changes the signed-in user's password (the current one is required) and ends every session, so a
/// thief's session dies with the old password; the caller gets a fresh session.</summary>
public sealed record ChangePasswordCommand(string CurrentPassword, string NewPassword) : ICommand<SignInResult>,
    IAuthorizedRequest, Common.Validation.IChecksItsOwnText
{
    /// <summary>The failure code of a result whose current password was wrong.</summary>
    public const string WrongCurrentPassword = "wrong_current_password";

    public AccessRequirement RequiredAccess() => AccessRequirement.Person;

    public override string ToString() => nameof(ChangePasswordCommand);
}
