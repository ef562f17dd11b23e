using Deepnote.Domain.Execution.Events;
using Deepnote.Domain.SharedKernel;
using Deepnote.Infrastructure.EventStore;

namespace Deepnote.Infrastructure.Execution.Projections;

/// <summary>Recorded runs (a project's history, a run read once its result left memory).</summary>
internal sealed class ExecutionProjection : IInlineProjection
{
    private const string Insert = """
        insert into executions (execution_id, workspace_id, project_id, block_id, connection_id, actor_id, status,
                                row_count, bytes, duration_ms, cache_hit, truncated, error_code, sql_hash, finished_at, error_class, transport)
        values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
        """;

    public IReadOnlyList<string> Tables { get; } = ["executions"];

    public void Project(IDomainEvent domainEvent, ISqlBatch batch)
    {
        switch (domainEvent)
        {
            case QueryExecuted e:
                batch.Add(Insert, e.ExecutionId.Value, e.WorkspaceId.Value, e.ProjectId.Value, e.BlockId?.Value,
                    e.ConnectionId.Value, e.ActorId.Value, "SUCCEEDED", e.RowCount, e.Bytes, e.DurationMicroseconds / 1000.0, e.CacheHit,
                    e.Truncated, null, e.SqlHmac ?? e.SqlHash, e.OccurredAt, null, e.Transport);
                break;
            case QueryFailed e:
                batch.Add(Insert, e.ExecutionId.Value, e.WorkspaceId.Value, e.ProjectId.Value, e.BlockId?.Value,
                    e.ConnectionId.Value, e.ActorId.Value, "FAILED", 0L, 0L, e.DurationMicroseconds / 1000.0, false, false, e.ErrorCode,
                    e.SqlHmac ?? e.SqlHash, e.OccurredAt, e.ErrorClass, null);
                break;
            case QueryCancelled e:
                batch.Add(Insert, e.ExecutionId.Value, e.WorkspaceId.Value, e.ProjectId.Value, e.BlockId?.Value,
                    e.ConnectionId.Value, e.ActorId.Value, "CANCELLED", 0L, 0L, e.DurationMicroseconds / 1000.0, false, false, e.Reason,
                    e.SqlHmac ?? e.SqlHash, e.OccurredAt, null, null);
                break;
        }
    }
}
