using Deepnote.Application.Access.Contracts.MayReadRun;
using Deepnote.Application.Vault.Contracts.IsWorkspaceKeyLive;
using Deepnote.Domain.Execution;
using Mediator;

namespace Deepnote.Application.Execution.Running;

/// <summary>Whether a run's rows may still be shown to its owner: the access that let them run it still holds, and the
/// workspace key it ran under was not destroyed. Asked on every read, so a change made on any node applies at once.</summary>
public sealed class RunRights(ISender sender, ExecutionRegistry registry)
{
    /// <summary>True while the rights hold; once they lapse the run is cancelled and its rows dropped (false).</summary>
    public async Task<bool> KeepAsync(RunningExecution run, CancellationToken ct)
    {
        if (await HoldAsync(run.Target, ct)) return true;
        registry.Drop(run, CancelReasons.AccessChanged);
        return false;
    }

    private async Task<bool> HoldAsync(ExecutionTarget target, CancellationToken ct) =>
        await sender.Send(new MayReadRunQuery(target.ProjectId, target.BlockId, target.ConnectionId, target.ActorId), ct)
        && await sender.Send(new IsWorkspaceKeyLiveQuery(target.WorkspaceId), ct);
}
