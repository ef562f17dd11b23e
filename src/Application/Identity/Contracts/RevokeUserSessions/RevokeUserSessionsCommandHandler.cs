using Deepnote.Application.Identity.Ports;
using Mediator;

namespace Deepnote.Application.Identity.Contracts.RevokeUserSessions;

internal sealed class RevokeUserSessionsCommandHandler(ISessionStore sessions) : ICommandHandler<RevokeUserSessionsCommand, int>
{
    public async ValueTask<int> Handle(RevokeUserSessionsCommand command, CancellationToken ct) =>
        await sessions.RevokeAllAsync(command.UserId, ct);
}
