using Deepnote.Application.Common.Authorization;
using Mediator;

namespace Deepnote.Application.Identity.Users.SignUp;

/// <summary>Anyone asks for an account: a link is mailed to the address (an existing account gets a reminder to
/// sign in instead). The answer is the same for every address.</summary>
public sealed record SignUpCommand(string Email) : ICommand<string>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Anyone;
}
