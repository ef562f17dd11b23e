using Deepnote.Application.Common.Authorization;
using Mediator;

namespace Deepnote.Application.Identity.Sessions.SignOut;

public sealed record SignOutCommand(string SessionToken) : ICommand<bool>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Anyone;

    public override string ToString() => nameof(SignOutCommand);
}
