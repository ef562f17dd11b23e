using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Identity.Ports;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Identity.Contracts;

internal sealed class RevokeUserSessionsCommandHandler(ISessionStore sessions) : ICommandHandler<RevokeUserSessionsCommand, int>
{
    public async ValueTask<int> Handle(RevokeUserSessionsCommand command, CancellationToken ct) =>
        await sessions.RevokeAllAsync(command.UserId, ct);
}
