using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Application.Identity.Ports;
using Mediator;

namespace Deepnote.Application.Identity.Sessions.EndSession;

internal sealed class EndSessionCommandHandler(ISessionStore sessions, ICurrentActor actor) : ICommandHandler<EndSessionCommand, bool>
{
    public async ValueTask<bool> Handle(EndSessionCommand command, CancellationToken ct) =>
        await sessions.RevokeAsync(actor.RequireUser(), command.SessionId, ct)
            ? true
            : throw new NotFoundException("No such live session of yours.");
}
