using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Identity.Ports;
using Mediator;

namespace Deepnote.Application.Identity.SignOut;

/// <summary>Ends every session of the signed-in user, this one included; returns how many.</summary>
public sealed record SignOutEverywhereCommand : ICommand<int>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.SignedIn;
}

internal sealed class SignOutEverywhereCommandHandler(ISessionStore sessions, ICurrentActor actor)
    : ICommandHandler<SignOutEverywhereCommand, int>
{
    public async ValueTask<int> Handle(SignOutEverywhereCommand command, CancellationToken ct) =>
        await sessions.RevokeAllAsync(actor.UserId ?? throw new UnauthenticatedException(), ct);
}
