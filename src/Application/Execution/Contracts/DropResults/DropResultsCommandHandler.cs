using Deepnote.Application.Execution.Running;
using Mediator;

namespace Deepnote.Application.Execution.Contracts.DropResults;

internal sealed class DropResultsCommandHandler(ExecutionRegistry registry) : ICommandHandler<DropResultsCommand, int>
{
    public ValueTask<int> Handle(DropResultsCommand command, CancellationToken ct)
    {
        if (command.UserId is null && command.WorkspaceId is null) return ValueTask.FromResult(0);
        var reason = command.UserId is null ? RunningExecution.KeyDestroyed : RunningExecution.SignedOutOrRemoved;
        var dropped = 0;
        foreach (var run in registry.RunsIn(command.WorkspaceId, command.UserId))
        {
            registry.Drop(run, reason);
            dropped++;
        }

        return ValueTask.FromResult(dropped);
    }
}
