using Deepnote.Application.Common.Authorization;
using Mediator;

namespace Deepnote.Application.Identity.Users.RequestPasswordReset;

/// <summary>Mails a single-use, short-lived reset link to an account's address. Unknown addresses and accounts under
/// enforced single sign-on get no mail, and the same answer.</summary>
public sealed record RequestPasswordResetCommand(string Email) : ICommand<string>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Anyone;
}
