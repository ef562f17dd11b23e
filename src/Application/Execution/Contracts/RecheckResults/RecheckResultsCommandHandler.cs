using Deepnote.Application.Execution.Running;
using Mediator;

namespace Deepnote.Application.Execution.Contracts.RecheckResults;

/// <summary>Runs inside the transaction of the change, so this node reads the rights as they will be once it commits.</summary>
internal sealed class RecheckResultsCommandHandler(ExecutionRegistry registry, RunRights rights,
    Abstractions.IUnitOfWork unitOfWork, Ports.IExecutionCluster cluster) : ICommandHandler<RecheckResultsCommand, int>
{
    public async ValueTask<int> Handle(RecheckResultsCommand command, CancellationToken ct)
    {
        // Other nodes read the rights on their own connections: they check once the change is committed.
        unitOfWork.AfterCommit(() => cluster.Recheck(command.WorkspaceId, command.UserId, null));
        var dropped = 0;
        foreach (var run in registry.RunsIn(command.WorkspaceId, command.UserId))
        {
            if (!await rights.KeepAsync(run, ct)) dropped++;
        }

        return dropped;
    }
}
