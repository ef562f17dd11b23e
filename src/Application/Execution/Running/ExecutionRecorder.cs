using Deepnote.Application.Abstractions;
using Deepnote.Application.Caching.Contracts.StoreCachedResult;
using Deepnote.Domain.Execution;
using Mediator;

namespace Deepnote.Application.Execution.Running;

/// <summary>Writes a run's outcome to the audit log (and a fresh result to the cache) in the current transaction;
/// the result becomes visible only after that commits. If the append fails, the transaction fails and nobody ever
/// sees the rows (fail closed).</summary>
internal sealed class ExecutionRecorder(IEventStore events, IUnitOfWork unitOfWork, ISender sender,
    ExecutionRegistry registry, Ports.IRunOwners owners, Common.ExecutionLimits limits, TimeProvider clock)
{
    public async Task RecordAsync(RunningExecution run, RunOutcome outcome, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var elapsed = run.ElapsedMs(clock);
        var record = outcome.Status switch
        {
            ExecutionStatus.Succeeded => QueryExecution.Executed(run.Target, run.Work.Result.Rows.Count, run.Work.Result.Bytes,
                run.CacheHit ? elapsed : run.Work.Result.DurationMs, run.CacheHit, run.Work.Result.Truncated, now,
                run.Work.Result.Transport),
            ExecutionStatus.Cancelled => QueryExecution.Cancelled(run.Target, elapsed, now, outcome.ErrorCode),
            _ => QueryExecution.Failed(run.Target, outcome.ErrorCode ?? "ENGINE", outcome.ErrorClass ?? "ENVIRONMENT", elapsed, now),
        };
        try
        {
            // The cache entry is sealed and stored before the event takes the workspace's chain lock, to hold that lock
            // only for the append and the commit. Results over the entry limit are never encoded.
            if (outcome.Status == ExecutionStatus.Succeeded && run.Cache is { } slot && !run.CacheHit
                && run.Work.Result.Bytes <= limits.MaxCacheEntryBytes)
            {
                await sender.Send(new StoreCachedResultCommand(run.Target.WorkspaceId, run.Target.ConnectionId, slot.Key,
                    ResultCodec.Encode(run.Work.Result), slot.TtlSeconds, run.StartedAtUtc), ct);
            }

            await owners.ClaimAsync(run.Target.ExecutionId, ct);
            await events.SaveAsync(record, ct);
        }
        catch
        {
            // Whoever claimed the run must leave it with an outcome: never RUNNING for ever.
            registry.Refuse(run, ExecutionRegistry.AuditFailure);
            throw;
        }

        unitOfWork.AfterCommit(() => registry.Publish(run, outcome));
        unitOfWork.AfterRollback(() => registry.Refuse(run, ExecutionRegistry.AuditFailure));
    }
}
