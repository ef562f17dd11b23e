using Deepnote.Application.Abstractions;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Execution.Ports;

/// <summary>The other API nodes (docs/decisions/014-any-node-serves-any-run.md): a run and its result live on the node
/// whose worker ran it; any node asks that node, which answers as if the request had come to it. Null: no live node
/// holds the run (it was dropped, or its node is gone).</summary>
public interface IExecutionCluster
{
    Task<ExecutionDto?> GetAsync(ExecutionId id, ActorSnapshot asker, CancellationToken ct);

    Task<RowsJson?> PageAsync(ExecutionId id, ActorSnapshot asker, int offset, int limit, CancellationToken ct);

    Task<bool?> CancelAsync(ExecutionId id, ActorSnapshot asker, CancellationToken ct);

    /// <summary>After a change commits, every node's runs in <paramref name="workspace"/> (of <paramref name="user"/>
    /// only, when given) are checked again (or, with <paramref name="dropReason"/>, dropped). Does not wait.</summary>
    void Recheck(WorkspaceId? workspace, UserId? user, string? dropReason);
}
