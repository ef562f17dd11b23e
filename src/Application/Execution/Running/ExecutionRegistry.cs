using System.Collections.Concurrent;
using Deepnote.Application.Abstractions;
using Deepnote.Application.Caching.Contracts;
using Deepnote.Application.Common;
using Deepnote.Application.Execution.Ports;
using Deepnote.Domain.Execution;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Execution.Running;

/// <summary>The runs of this node and their results, in memory only (never persisted in plaintext). Bounded: a user
/// runs at most <see cref="ExecutionLimits.MaxRunningPerUser"/> at once, results idle for
/// <see cref="ExecutionLimits.ResultIdleMinutes"/> are dropped, and results are held within budgets of real bytes per
/// person, per workspace and per node, a new result making room only among its own owner's results.</summary>
public sealed class ExecutionRegistry(ExecutionLimits limits, TimeProvider clock, IBackgroundRecorder background)
{
    private readonly ConcurrentDictionary<ExecutionId, RunningExecution> _runs = new();
    private readonly Lock _startLock = new();
    private readonly Lock _budgetLock = new();
    private long _lastSweep;
    private Timer? _sweeper;

    /// <summary>However often a result is read, it is dropped this long after its run started.</summary>
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromHours(8);

    public const string AuditFailure = "The audit log could not be written, so the result was discarded.";

    public const string NotKept = "The query succeeded but its result was not kept in memory: it does not fit in your "
        + "share of this server's result memory. Ask for fewer rows, or let older results go.";

    public int Count => _runs.Count;

    /// <summary>Starts <paramref name="work"/> on the thread pool; it keeps running if the request goes away.</summary>
    public RunningExecution Start(ExecutionTarget target, ActorSnapshot actor, CacheSlot? cache,
        Func<CancellationToken, Task<QueryResult>> work)
    {
        if (_sweeper is null)
        {
            var timer = new Timer(static state => ((ExecutionRegistry)state!).Sweep(), this, TimeSpan.FromMinutes(1),
                TimeSpan.FromMinutes(1));
            if (Interlocked.CompareExchange(ref _sweeper, timer, null) is not null) timer.Dispose();
        }

        Sweep();
        var run = new RunningExecution(target, actor, cache, clock.GetTimestamp(), clock.GetUtcNow());
        lock (_startLock)
        {
            var running = _runs.Values.Count(r => r.Actor.UserId == actor.UserId && !r.Work.IsCompleted);
            if (running >= limits.MaxRunningPerUser)
            {
                throw new LimitExceededException(
                    $"You already have {running} queries running; wait for one to finish or cancel it.");
            }

            run.Work = Task.Run(() => work(run.Cancellation.Token));
            _runs[target.ExecutionId] = run;
        }

        run.Work.ContinueWith(_ => Finished(run), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
        return run;
    }

    /// <summary>A result that needed no database (a cache hit).</summary>
    public RunningExecution AddCompleted(ExecutionTarget target, ActorSnapshot actor, QueryResult result)
    {
        var run = new RunningExecution(target, actor, null, clock.GetTimestamp(), clock.GetUtcNow())
        {
            CacheHit = true,
            Work = Task.FromResult(result),
        };
        run.TryClaim();
        _runs[target.ExecutionId] = run;
        return run;
    }

    /// <summary>The run if it is <paramref name="owner"/>'s (and, for an API token, in the token's workspace); results
    /// are never shown to anyone else.</summary>
    public RunningExecution? Find(ExecutionId id, UserId owner, WorkspaceId? tokenWorkspace = null)
    {
        Sweep();
        if (!_runs.TryGetValue(id, out var run) || run.Actor.UserId != owner) return null;
        if (tokenWorkspace is { } workspace && workspace != run.Target.WorkspaceId) return null;
        run.Touch(clock.GetTimestamp());
        return run;
    }

    /// <summary>The run, whoever's it is: for the host's own work (never shown to anyone).</summary>
    public RunningExecution? Get(ExecutionId id) => _runs.GetValueOrDefault(id);

    /// <summary>The request stopped waiting: whoever finishes first records in the background.</summary>
    public void HandOff(RunningExecution run)
    {
        run.HandOff();
        if (run.Work.IsCompleted && run.TryClaim()) background.Record(run.Target.ExecutionId, run.Actor);
    }

    /// <summary>The outcome is in the audit log: the owner may now read the rows (if they fit in the budgets).</summary>
    public void Publish(RunningExecution run, RunOutcome outcome)
    {
        if (run.DropWhenPublished)
        {
            run.Work = Task.FromResult(Empty);
            run.Publish(outcome.Status, outcome.ErrorMessage ?? CancelReasons.Message(run.DropReason), outcome.ErrorClass);
            _runs.TryRemove(run.Target.ExecutionId, out _);
            return;
        }

        if (run.Work.IsCompletedSuccessfully) run.Measure(ResultMemory.Of(run.Work.Result));
        lock (_budgetLock)
        {
            if (run.MemoryBytes > 0 && !MakeRoom(run))
            {
                run.Work = Task.FromResult(Empty);
                run.Measure(0);
                run.RowsNotKept = true;
                run.Publish(outcome.Status, NotKept, outcome.ErrorClass);
                return;
            }

            run.Publish(outcome.Status, outcome.ErrorMessage, outcome.ErrorClass);
        }
    }

    /// <summary>Recording failed: the result is dropped and the owner sees why (fail closed).</summary>
    public void Refuse(RunningExecution run, string message)
    {
        run.Publish(ExecutionStatus.Failed, message, "ENVIRONMENT");
        if (run.Work.IsCompletedSuccessfully) run.Work = Task.FromResult(Empty);
    }

    /// <summary>This node's runs in a workspace and/or of a person (null: any).</summary>
    public IReadOnlyList<RunningExecution> RunsIn(WorkspaceId? workspace, UserId? user) =>
        _runs.Values.Where(r => (workspace is null || r.Target.WorkspaceId == workspace)
            && (user is null || r.Actor.UserId == user)).ToList();

    /// <summary>A right went away: the run is cancelled (and still recorded, as cancelled) and no rows are kept.</summary>
    public void Drop(RunningExecution run, string reason)
    {
        run.Drop(reason);
        if (run.Published) _runs.TryRemove(run.Target.ExecutionId, out _);
    }

    private void Finished(RunningExecution run)
    {
        if (run.HandedOff && run.TryClaim()) background.Record(run.Target.ExecutionId, run.Actor);
    }

    private void Sweep()
    {
        var now = clock.GetTimestamp();
        var last = Interlocked.Read(ref _lastSweep);
        if (clock.GetElapsedTime(last, now) < TimeSpan.FromSeconds(10) || Interlocked.CompareExchange(ref _lastSweep, now, last) != last)
        {
            return;
        }

        var idle = TimeSpan.FromMinutes(limits.ResultIdleMinutes);
        foreach (var (id, run) in _runs)
        {
            var finished = run.Published || run.Work.IsCompleted;
            if (finished && (clock.GetElapsedTime(run.LastAccess, now) > idle || clock.GetElapsedTime(run.StartedAt, now) > MaxLifetime))
            {
                _runs.TryRemove(id, out _);
            }
        }
    }

    /// <summary>Drops the owner's own least recently read results until <paramref name="run"/> fits every budget; false
    /// when it cannot (then nothing of anyone else was touched).</summary>
    private bool MakeRoom(RunningExecution run)
    {
        var held = _runs.Values.Where(r => r != run && r.Published && r.MemoryBytes > 0).ToList();
        var owner = run.Actor.UserId;
        long Person() => held.Where(r => r.Actor.UserId == owner).Sum(r => r.MemoryBytes);
        long Workspace() => held.Where(r => r.Target.WorkspaceId == run.Target.WorkspaceId).Sum(r => r.MemoryBytes);
        bool Fits() => Person() + run.MemoryBytes <= limits.ResultMemoryPerPersonBytes
            && Workspace() + run.MemoryBytes <= limits.ResultMemoryPerWorkspaceBytes
            && held.Sum(r => r.MemoryBytes) + run.MemoryBytes <= limits.ResultMemoryBytes;

        var others = held.Where(r => r.Actor.UserId != owner).ToList();
        if (run.MemoryBytes > limits.ResultMemoryPerPersonBytes
            || others.Where(r => r.Target.WorkspaceId == run.Target.WorkspaceId).Sum(r => r.MemoryBytes) + run.MemoryBytes
                > limits.ResultMemoryPerWorkspaceBytes
            || others.Sum(r => r.MemoryBytes) + run.MemoryBytes > limits.ResultMemoryBytes)
        {
            return false; // even all of the owner's own results would not make room
        }

        foreach (var own in held.Where(r => r.Actor.UserId == owner).OrderBy(r => r.LastAccess).ToList())
        {
            if (Fits()) return true;
            held.Remove(own);
            _runs.TryRemove(own.Target.ExecutionId, out _);
        }

        return Fits();
    }

    private static readonly QueryResult Empty = new([], [], false, 0, 0);
}
