using Deepnote.Application.Abstractions;
using Deepnote.Application.Execution.Running;
using Deepnote.Domain.Execution;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Execution;

/// <summary>A run as its owner sees it. <see cref="Rows"/> are the result held in memory (empty when it has been
/// dropped, or for a run recorded elsewhere); <see cref="RowsAvailable"/> tells which. <see cref="RowsElsewhere"/>: the
/// rows are held by another node, which pages them (<c>GetExecutionRowsQuery</c>).</summary>
public sealed record ExecutionDto(ExecutionId Id, WorkspaceId WorkspaceId, ProjectId ProjectId, BlockId? BlockId, ConnectionId ConnectionId,
    UserId ActorId, ExecutionStatus Status, IReadOnlyList<QueryColumn> Columns, IReadOnlyList<object?[]> Rows,
    long RowCount, long Bytes, bool Truncated, bool CacheHit, double DurationMs, string? Error, bool RowsAvailable,
    DateTimeOffset? FinishedAt, string? ErrorClass = null, string? Transport = null, bool RowsElsewhere = false)
{
    internal static ExecutionDto From(RunningExecution run, TimeProvider clock)
    {
        var t = run.Target;
        if (!run.Published)
        {
            return new(t.ExecutionId, t.WorkspaceId, t.ProjectId, t.BlockId, t.ConnectionId, t.ActorId, ExecutionStatus.Running, [], [], 0,
                0, false, false, run.ElapsedMs(clock), null, false, null);
        }

        return Finished(run, run.FinalStatus!.Value, run.ErrorMessage, clock) with { ErrorClass = run.ErrorClass };
    }

    /// <summary>The run as it is (or, once its transaction commits, will be) published with this outcome.</summary>
    internal static ExecutionDto Finished(RunningExecution run, ExecutionStatus status, string? error, TimeProvider clock)
    {
        var t = run.Target;
        var result = status == ExecutionStatus.Succeeded && run.Work.IsCompletedSuccessfully && !run.RowsNotKept
            ? run.Work.Result : null;
        return new(t.ExecutionId, t.WorkspaceId, t.ProjectId, t.BlockId, t.ConnectionId, t.ActorId, status,
            result?.Columns ?? [], result?.Rows ?? [], result?.Rows.Count ?? 0, result?.Bytes ?? 0,
            result?.Truncated ?? false, run.CacheHit,
            run.CacheHit || result is null ? run.ElapsedMs(clock) : result.DurationMs, error, result is not null, null,
            Transport: run.CacheHit ? null : result?.Transport);
    }
}
