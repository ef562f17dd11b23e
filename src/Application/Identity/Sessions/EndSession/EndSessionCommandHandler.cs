using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Application.Identity.Ports;
using Mediator;

namespace Deepnote.Application.Identity.Sessions.EndSession;

internal sealed class EndSessionCommandHandler(ISessionStore sessions, ICurrentActor actor, AccountLog log)
    : ICommandHandler<EndSessionCommand, bool>
{
    public async ValueTask<bool> Handle(EndSessionCommand command, CancellationToken ct)
    {
        var user = actor.RequireUser();
        if (!await sessions.RevokeAsync(user, command.SessionId, ct)) throw new NotFoundException("No such live session of yours.");
        await log.EndedAsync(user, "ended from another session", 1, ct);
        return true;
    }
}
