using Deepnote.Application.Execution.Running;
using Mediator;

namespace Deepnote.Application.Execution.Contracts.DropResults;

internal sealed class DropResultsCommandHandler(ExecutionRegistry registry, Abstractions.IUnitOfWork unitOfWork,
    Ports.IExecutionCluster cluster) : ICommandHandler<DropResultsCommand, int>
{
    public ValueTask<int> Handle(DropResultsCommand command, CancellationToken ct)
    {
        if (command.UserId is null && command.WorkspaceId is null) return ValueTask.FromResult(0);
        var reason = command.UserId is null ? CancelReasons.KeyDestroyed : CancelReasons.SignedOutOrRemoved;
        unitOfWork.AfterCommit(() => cluster.Recheck(command.WorkspaceId, command.UserId, reason));
        var dropped = 0;
        foreach (var run in registry.RunsIn(command.WorkspaceId, command.UserId))
        {
            registry.Drop(run, reason);
            dropped++;
        }

        return ValueTask.FromResult(dropped);
    }
}
