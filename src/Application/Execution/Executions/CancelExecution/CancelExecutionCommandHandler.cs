using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts.CanReachProject;
using Deepnote.Application.Common;
using Deepnote.Application.Execution.Running;
using Mediator;

namespace Deepnote.Application.Execution.Executions.CancelExecution;

internal sealed class CancelExecutionCommandHandler(ISender sender, ExecutionRegistry registry, ExecutionRecorder recorder,
    Ports.IExecutionCluster cluster, ICurrentActor actor) : ICommandHandler<CancelExecutionCommand, bool>
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(5);

    public async ValueTask<bool> Handle(CancelExecutionCommand command, CancellationToken ct)
    {
        var user = actor.RequireUser();
        var found = registry.Find(command.ExecutionId, user, actor.TokenWorkspace);
        if (found is null && !command.HereOnly
            && await cluster.CancelAsync(command.ExecutionId, ActorSnapshot.Of(actor), ct) is { } elsewhere)
        {
            return elsewhere;
        }

        var run = found is not null && await sender.Send(new CanReachProjectQuery(found.Target.ProjectId, user), ct)
                ? found
                : throw new NotFoundException("This run was not found, or you cannot see it.");
        if (run.Work.IsCompleted || !run.TryClaim()) return false;

        await run.Cancellation.CancelAsync();
        await Task.WhenAny(run.Work, Task.Delay(Grace, CancellationToken.None));
        // What happened is recorded: a statement that finished (or committed) before the cancel reached the database
        // is not written down as cancelled.
        var outcome = run.Outcome(cancelled: !run.Work.IsCompleted);
        await recorder.RecordAsync(run, outcome, CancellationToken.None);
        return outcome.Status == Domain.Execution.ExecutionStatus.Cancelled;
    }
}
