using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Application.Execution.Running;
using Mediator;

namespace Deepnote.Application.Execution.Executions.RecordExecutionOutcome;

internal sealed class RecordExecutionOutcomeCommandHandler(ExecutionRegistry registry, ExecutionRecorder recorder,
    ICurrentActor actor) : ICommandHandler<RecordExecutionOutcomeCommand, bool>
{
    public async ValueTask<bool> Handle(RecordExecutionOutcomeCommand command, CancellationToken ct)
    {
        var run = registry.Find(command.ExecutionId, actor.RequireUser())
            ?? throw new NotFoundException("This run was not found, or you cannot see it.");
        if (run.Published || !run.Work.IsCompleted || !run.HandedOff) return false;
        await recorder.RecordAsync(run, run.Outcome(cancelled: false), ct);
        return true;
    }
}
