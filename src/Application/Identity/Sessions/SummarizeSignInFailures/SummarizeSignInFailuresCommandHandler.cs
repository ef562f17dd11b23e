using Deepnote.Application.Abstractions;
using Deepnote.Application.Behaviors;
using Deepnote.Application.Identity.Ports;
using Deepnote.Domain.Identity.Users.Events;
using Mediator;

namespace Deepnote.Application.Identity.Sessions.SummarizeSignInFailures;

internal sealed class SummarizeSignInFailuresCommandHandler(IEventStore events, ISignInFailureWindows windows, TimeProvider clock)
    : ICommandHandler<SummarizeSignInFailuresCommand, int>
{
    public async ValueTask<int> Handle(SummarizeSignInFailuresCommand command, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var ended = await windows.TakeEndedAsync(now, command.All, ct);
        foreach (var w in ended)
        {
            await events.AppendAsync(SecurityStream.For(w.WorkspaceId.Value, now), w.WorkspaceId.Value, null,
                [new MemberSignInFailed(w.UserId, w.WorkspaceId, w.Count, w.From, w.To, w.LastReason, now)], ct);
        }

        return ended.Count;
    }
}
