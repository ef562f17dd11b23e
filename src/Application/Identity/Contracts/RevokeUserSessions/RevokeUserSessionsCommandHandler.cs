using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Identity.Ports;
using Deepnote.Domain.SharedKernel;
using Mediator;
using Deepnote.Application.Identity.Contracts.FindUserByEmail;
using Deepnote.Application.Identity.Contracts.RegisterUser;

namespace Deepnote.Application.Identity.Contracts.RevokeUserSessions;

internal sealed class RevokeUserSessionsCommandHandler(ISessionStore sessions) : ICommandHandler<RevokeUserSessionsCommand, int>
{
    public async ValueTask<int> Handle(RevokeUserSessionsCommand command, CancellationToken ct) =>
        await sessions.RevokeAllAsync(command.UserId, ct);
}
