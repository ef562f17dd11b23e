using Deepnote.Application.Abstractions;
using Deepnote.Application.Execution.Contracts.DropResults;
using Deepnote.Application.Identity.Ports;
using Mediator;

namespace Deepnote.Application.Identity.Sessions.SignOut;

/// <summary>Ends the session (recorded as <c>SessionEnded</c>) and drops the user's results held in memory (their running queries are cancelled).</summary>
internal sealed class SignOutCommandHandler(ISessionStore sessions, ICurrentActor actor, ISender sender, AccountLog log)
    : ICommandHandler<SignOutCommand, bool>
{
    public async ValueTask<bool> Handle(SignOutCommand command, CancellationToken ct)
    {
        await sessions.RevokeAsync(command.SessionToken, ct);
        if (actor.UserId is { } user)
        {
            await log.EndedAsync(user, "signed out", 1, ct);
            await sender.Send(new DropResultsCommand(user), ct);
        }

        return true;
    }
}
