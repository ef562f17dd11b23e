using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Identity.Contracts;
using Mediator;

namespace Deepnote.Application.Identity.Sso.CompleteSso;

/// <summary>The provider sent the browser back: the state is consumed, the code redeemed, the ID token validated,
/// the address checked against the allowed domains; a new person is registered and joins with the default role;
/// a session starts. Any failure is a <c>SignInFailed</c> with the reason, and no session.</summary>
public sealed record CompleteSsoCommand(string Code, string State) : ICommand<SignInResult>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Anyone;

    public override string ToString() => nameof(CompleteSsoCommand);
}
