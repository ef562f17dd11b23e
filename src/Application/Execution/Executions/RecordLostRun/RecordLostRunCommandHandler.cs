using Deepnote.Application.Abstractions;
using Deepnote.Application.Execution.Ports;
using Deepnote.Domain.Execution;
using Mediator;

namespace Deepnote.Application.Execution.Executions.RecordLostRun;

internal sealed class RecordLostRunCommandHandler(IRunOwners owners, IEventStore events, ICurrentActor actor,
    TimeProvider clock) : ICommandHandler<RecordLostRunCommand, bool>
{
    public async ValueTask<bool> Handle(RecordLostRunCommand command, CancellationToken ct)
    {
        // Only as the run's own actor, and only once: the claim and the event commit together.
        if (actor.RequireUser() != command.Target.ActorId || !await owners.ClaimAsync(command.Target.ExecutionId, ct)) return false;
        var now = clock.GetUtcNow();
        await events.SaveAsync(QueryExecution.Failed(command.Target, RecordLostRunCommand.Code, "ENVIRONMENT",
            Math.Max(0, (now - command.StartedAt).TotalMilliseconds), now), ct);
        return true;
    }
}
