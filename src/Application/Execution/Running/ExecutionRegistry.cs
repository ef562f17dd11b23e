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
/// <see cref="ExecutionLimits.ResultIdleMinutes"/> are dropped, and beyond <see cref="ExecutionLimits.ResultMemoryBytes"/>
/// the least recently read are dropped.</summary>
public sealed class ExecutionRegistry(ExecutionLimits limits, TimeProvider clock, IBackgroundRecorder background)
{
    private readonly ConcurrentDictionary<ExecutionId, RunningExecution> _runs = new();
    private readonly Lock _startLock = new();
    private long _lastSweep;
    private Timer? _sweeper;

    /// <summary>However often a result is read, it is dropped this long after its run started.</summary>
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromHours(8);

    public const string AuditFailure = "The audit log could not be written, so the result was discarded.";

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

    /// <summary>The request stopped waiting: whoever finishes first records in the background.</summary>
    public void HandOff(RunningExecution run)
    {
        run.HandOff();
        if (run.Work.IsCompleted && run.TryClaim()) background.Record(run.Target.ExecutionId, run.Actor);
    }

    /// <summary>The outcome is in the audit log: the owner may now read the rows.</summary>
    public void Publish(RunningExecution run, RunOutcome outcome)
    {
        run.Publish(outcome.Status, outcome.ErrorMessage, outcome.ErrorClass);
        if (run.DropWhenPublished) run.Work = Task.FromResult(Empty);
        EnforceMemoryBound();
    }

    /// <summary>Recording failed: the result is dropped and the owner sees why (fail closed).</summary>
    public void Refuse(RunningExecution run, string message)
    {
        run.Publish(ExecutionStatus.Failed, message, "ENVIRONMENT");
        if (run.Work.IsCompletedSuccessfully) run.Work = Task.FromResult(Empty);
    }

    /// <summary>Sign-out or removal: the user's running queries are cancelled (and still recorded, as cancelled) and
    /// their results dropped.</summary>
    public int DropFor(UserId user, WorkspaceId? workspace = null)
    {
        var dropped = 0;
        foreach (var (id, run) in _runs)
        {
            if (run.Actor.UserId != user || (workspace is { } only && run.Target.WorkspaceId != only)) continue;
            run.Cancellation.Cancel();
            if (run.Published && _runs.TryRemove(id, out _)) dropped++;
            else run.DropWhenPublished = true;
        }

        return dropped;
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

    private void EnforceMemoryBound()
    {
        var published = _runs.Values.Where(r => r.Published).ToList();
        var total = published.Sum(r => r.Bytes);
        if (total <= limits.ResultMemoryBytes) return;
        foreach (var run in published.OrderBy(r => r.LastAccess))
        {
            if (total <= limits.ResultMemoryBytes) break;
            total -= run.Bytes;
            _runs.TryRemove(run.Target.ExecutionId, out _);
        }
    }

    private static readonly QueryResult Empty = new([], [], false, 0, 0);
}
