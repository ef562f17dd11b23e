using Deepnote.Application.Abstractions;
using Deepnote.Application.Behaviors;
using Mediator;

namespace Deepnote.Application.Access.Denials.RecordSuppressedDenials;

internal sealed class RecordSuppressedDenialsCommandHandler(DenialThrottle throttle, IEventStore events,
    TimeProvider clock) : ICommandHandler<RecordSuppressedDenialsCommand, int>
{
    public async ValueTask<int> Handle(RecordSuppressedDenialsCommand command, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var ended = throttle.TakeEnded(now, command.Stopping);
        for (var written = 0; written < ended.Count; written++)
        {
            try
            {
                var summary = ended[written];
                await events.AppendStandaloneAsync(SecurityStream.For(summary.Chain, now), summary.Chain,
                    summary.ToEvent(now), CancellationToken.None);
            }
            catch
            {
                throttle.Return(ended.Skip(written)); // kept for the next round, never dropped
                throw;
            }
        }

        return ended.Count;
    }
}
