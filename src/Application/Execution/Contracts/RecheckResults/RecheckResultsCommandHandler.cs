using Deepnote.Application.Execution.Running;
using Mediator;

namespace Deepnote.Application.Execution.Contracts.RecheckResults;

/// <summary>Runs inside the transaction of the change, so the rights are read as they will be once it commits.</summary>
internal sealed class RecheckResultsCommandHandler(ExecutionRegistry registry, RunRights rights)
    : ICommandHandler<RecheckResultsCommand, int>
{
    public async ValueTask<int> Handle(RecheckResultsCommand command, CancellationToken ct)
    {
        var dropped = 0;
        foreach (var run in registry.RunsIn(command.WorkspaceId, command.UserId))
        {
            if (await rights.HoldAsync(run.Target, ct)) continue;
            registry.Drop(run, RunningExecution.AccessChanged);
            dropped++;
        }

        return dropped;
    }
}
