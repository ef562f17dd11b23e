using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Behaviors;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Identity.Contracts;
using Deepnote.Application.Identity.Ports;
using Deepnote.Application.Identity.SignIn;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Domain.Identity.Users.Events;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Identity.Sso;

/// <summary>The provider sent the browser back: the state is consumed, the code redeemed, the ID token validated,
/// the address checked against the allowed domains; a new person is registered and joins with the default role;
/// a session starts. Any failure is a <c>SignInFailed</c> with the reason, and no session.</summary>
public sealed record CompleteSsoCommand(string Code, string State) : ICommand<SignInResult>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Anyone;

    public override string ToString() => nameof(CompleteSsoCommand);
}
