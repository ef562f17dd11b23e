using Deepnote.Application.Execution.Running;
using Mediator;

namespace Deepnote.Application.Execution.Executions.RecheckRun;

internal sealed class RecheckRunCommandHandler(ExecutionRegistry registry, RunRights rights)
    : ICommandHandler<RecheckRunCommand, bool>
{
    public async ValueTask<bool> Handle(RecheckRunCommand command, CancellationToken ct)
    {
        if (registry.Get(command.ExecutionId) is not { } run) return false;
        if (command.DropReason is null && await rights.HoldAsync(run.Target, ct)) return false;
        registry.Drop(run, command.DropReason ?? CancelReasons.AccessChanged);
        return true;
    }
}
