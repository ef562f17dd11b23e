using Deepnote.Application.Execution.Running;
using Mediator;

namespace Deepnote.Application.Execution.Executions.RecheckRun;

internal sealed class RecheckRunCommandHandler(ExecutionRegistry registry, RunRights rights)
    : ICommandHandler<RecheckRunCommand, bool>
{
    public async ValueTask<bool> Handle(RecheckRunCommand command, CancellationToken ct)
    {
        if (registry.Get(command.ExecutionId) is not { } run) return false;
        if (command.DropReason is null) return !await rights.KeepAsync(run, ct);
        registry.Drop(run, command.DropReason);
        return true;
    }
}
