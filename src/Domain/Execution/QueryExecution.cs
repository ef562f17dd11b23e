using Deepnote.Domain.Execution.Events;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Execution;

/// <summary>One run of SQL against a connection, recorded once it has an outcome: executed, failed or cancelled.
/// Its stream holds exactly one event; the rows never enter it.</summary>
public sealed class QueryExecution : AggregateRoot<ExecutionId>
{
    public WorkspaceId WorkspaceId { get; private set; }

    public ExecutionStatus Status { get; private set; }

    public override Guid ChainId => WorkspaceId.Value;

    public static QueryExecution Executed(ExecutionTarget target, long rowCount, long bytes, double durationMs,
        bool cacheHit, bool truncated, DateTimeOffset now, string? transport = null) =>
        Record(new QueryExecuted(target.ExecutionId, target.WorkspaceId, target.ProjectId, target.BlockId,
            target.ConnectionId, target.ActorId, null, rowCount, bytes, Micro(durationMs), cacheHit, truncated, now,
            cacheHit ? null : transport, target.SqlHash));

    public static QueryExecution Failed(ExecutionTarget target, string errorCode, string errorClass, double durationMs,
        DateTimeOffset now) =>
        Record(new QueryFailed(target.ExecutionId, target.WorkspaceId, target.ProjectId, target.BlockId,
            target.ConnectionId, target.ActorId, null, errorCode, Micro(durationMs), now, errorClass, target.SqlHash));

    public static QueryExecution Cancelled(ExecutionTarget target, double durationMs, DateTimeOffset now, string? reason = null) =>
        Record(new QueryCancelled(target.ExecutionId, target.WorkspaceId, target.ProjectId, target.BlockId,
            target.ConnectionId, target.ActorId, null, Micro(durationMs), now, reason, target.SqlHash));

    /// <summary>Events hold integers only (canonical JSON): durations in microseconds.</summary>
    private static long Micro(double milliseconds) => (long)Math.Round(milliseconds * 1000);

    private static QueryExecution Record(IDomainEvent outcome)
    {
        var execution = new QueryExecution();
        execution.Raise(outcome);
        return execution;
    }

    protected override void When(IDomainEvent domainEvent)
    {
        switch (domainEvent)
        {
            case QueryExecuted e: (Id, WorkspaceId, Status) = (e.ExecutionId, e.WorkspaceId, ExecutionStatus.Succeeded); break;
            case QueryFailed e: (Id, WorkspaceId, Status) = (e.ExecutionId, e.WorkspaceId, ExecutionStatus.Failed); break;
            case QueryCancelled e: (Id, WorkspaceId, Status) = (e.ExecutionId, e.WorkspaceId, ExecutionStatus.Cancelled); break;
            default: throw new InvalidOperationException($"{nameof(QueryExecution)} cannot apply {domainEvent.GetType().Name}.");
        }
    }
}
