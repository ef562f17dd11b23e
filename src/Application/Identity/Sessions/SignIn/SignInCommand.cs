using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Identity.Contracts;
using Mediator;

namespace Deepnote.Application.Identity.Sessions.SignIn;

public sealed record SignInCommand(string Email, string Password) : ICommand<SignInResult>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Anyone;

    public override string ToString() => $"{nameof(SignInCommand)} {{ Email = {Email} }}";
}
