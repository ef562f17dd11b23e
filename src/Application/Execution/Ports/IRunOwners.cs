using Deepnote.Application.Abstractions;
using Deepnote.Domain.Execution;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Execution.Ports;

/// <summary>Which node holds which run, in the database every node shares: other nodes route to it, and if the node
/// dies, a survivor records its unrecorded runs as failed.</summary>
public interface IRunOwners
{
    /// <summary>This node holds the run from now on; committed at once (other nodes may ask before the run's request ends).</summary>
    Task HoldAsync(ExecutionTarget target, ActorSnapshot actor, CancellationToken ct);

    /// <summary>In the transaction recording the run's outcome, claims the run: false when another node already
    /// recorded it (its node was declared dead), so exactly one outcome is ever written.</summary>
    Task<bool> ClaimAsync(ExecutionId id, CancellationToken ct);
}
