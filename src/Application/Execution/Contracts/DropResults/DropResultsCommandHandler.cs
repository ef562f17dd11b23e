using Deepnote.Application.Execution.Running;
using Mediator;

namespace Deepnote.Application.Execution.Contracts.DropResults;

internal sealed class DropResultsCommandHandler(ExecutionRegistry registry) : ICommandHandler<DropResultsCommand, int>
{
    public ValueTask<int> Handle(DropResultsCommand command, CancellationToken ct) =>
        ValueTask.FromResult(registry.DropFor(command.UserId, command.WorkspaceId));
}
