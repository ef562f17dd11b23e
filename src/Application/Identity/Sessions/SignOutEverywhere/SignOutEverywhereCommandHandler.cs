using Deepnote.Application.Abstractions;
using Deepnote.Application.Execution.Contracts.DropResults;
using Deepnote.Application.Identity.Ports;
using Mediator;

namespace Deepnote.Application.Identity.Sessions.SignOutEverywhere;

internal sealed class SignOutEverywhereCommandHandler(ISessionStore sessions, ICurrentActor actor, ISender sender,
    AccountLog log)
    : ICommandHandler<SignOutEverywhereCommand, int>
{
    public async ValueTask<int> Handle(SignOutEverywhereCommand command, CancellationToken ct)
    {
        var user = actor.RequireUser();
        var ended = await sessions.RevokeAllAsync(user, ct);
        await log.EndedAsync(user, "signed out everywhere", ended, ct);
        await sender.Send(new DropResultsCommand(user), ct);
        return ended;
    }
}
