using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Identity.Contracts;
using Mediator;

namespace Deepnote.Application.Identity.Sso.CompleteSso;

/// <summary>The provider sent the browser back: the state is consumed (only in the browser that began it), the code redeemed, the ID token validated.
/// A workspace's provider signs in only accounts already linked to it (workspace + issuer + subject), the person
/// who asked to link while signed in, or addresses in a domain that workspace verified (created just in time, linked,
/// joined with the default role). Any failure is a <c>SignInFailed</c> with the reason, and no session.</summary>
public sealed record CompleteSsoCommand(string Code, string State, string BrowserBinding) : ICommand<SignInResult>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Anyone;

    public override string ToString() => nameof(CompleteSsoCommand);
}
