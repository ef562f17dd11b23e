using Deepnote.Application.Abstractions;
using Deepnote.Application.Caching.Contracts;
using Deepnote.Domain.Execution;

namespace Deepnote.Application.Execution.Running;

/// <summary>One run held in this node's memory: the task that reads the rows, its cancellation, and once it is
/// recorded in the audit log, its result for the owner to page through. Exactly one party records the outcome
/// (<see cref="TryClaim"/>): the request that waited for it, the background recorder, or a cancellation.</summary>
public sealed class RunningExecution
{
    private int _claimed;
    private int _handedOff;
    private long _lastAccess;

    internal RunningExecution(ExecutionTarget target, ActorSnapshot actor, CacheSlot? cache, long startedAt,
        DateTimeOffset startedAtUtc)
    {
        StartedAtUtc = startedAtUtc;
        Target = target;
        Actor = actor;
        Cache = cache;
        StartedAt = startedAt;
        _lastAccess = startedAt;
    }

    public ExecutionTarget Target { get; }

    public ActorSnapshot Actor { get; }

    /// <summary>Where the result goes in the cache (null: not cached).</summary>
    public CacheSlot? Cache { get; }

    public long StartedAt { get; }

    public DateTimeOffset StartedAtUtc { get; }

    public CancellationTokenSource Cancellation { get; } = new();

    public Task<QueryResult> Work { get; internal set; } = null!;

    public bool CacheHit { get; internal init; }

    /// <summary>Set once the outcome is in the audit log (or was refused): only then may anyone see the rows.</summary>
    public bool Published { get; private set; }

    public ExecutionStatus? FinalStatus { get; private set; }

    public string? ErrorMessage { get; private set; }

    /// <summary>For a failed run: QUERY, TIMEOUT, CONNECTION or ENVIRONMENT.</summary>
    public string? ErrorClass { get; private set; }

    public long Bytes => Work.IsCompletedSuccessfully ? Work.Result.Bytes : 0;

    /// <summary>What the rows really take in this process (Arrow buffers, or boxed values), measured once published.</summary>
    public long MemoryBytes { get; private set; }

    /// <summary>Its result did not fit the memory budgets: it succeeded, but shows no rows.</summary>
    public bool RowsNotKept { get; internal set; }

    /// <summary>Why its rows were dropped or it was cancelled by someone else's change (a <see cref="CancelReasons"/>
    /// code; null: neither).</summary>
    public string? DropReason { get; private set; }

    internal long LastAccess => Interlocked.Read(ref _lastAccess);

    internal bool HandedOff => Volatile.Read(ref _handedOff) == 1;

    /// <summary>Set when its rights went away while it ran: no rows are kept once it is recorded.</summary>
    internal bool DropWhenPublished { get; private set; }

    /// <summary>Cancels the run (if still going) for <paramref name="reason"/> (a <see cref="CancelReasons"/> code); its
    /// rows are not kept.</summary>
    internal void Drop(string reason)
    {
        DropReason ??= reason;
        DropWhenPublished = true;
        Cancellation.Cancel();
    }

    internal void Measure(long memoryBytes) => MemoryBytes = memoryBytes;

    internal void Touch(long now) => Interlocked.Exchange(ref _lastAccess, now);

    public bool TryClaim() => Interlocked.Exchange(ref _claimed, 1) == 0;

    internal void HandOff() => Interlocked.Exchange(ref _handedOff, 1);

    /// <summary>The outcome of the finished work, as it will be recorded.</summary>
    public RunOutcome Outcome(bool cancelled)
    {
        if (cancelled) return Cancelled(DropReason ?? CancelReasons.ByOwner);
        return Work.Status switch
        {
            TaskStatus.RanToCompletion => new RunOutcome(ExecutionStatus.Succeeded, null, null),
            _ when DropReason is not null => Cancelled(DropReason),
            _ when Work.Exception?.GetBaseException() is QueryFailedException e =>
                new RunOutcome(ExecutionStatus.Failed, e.Code, e.Message, e.ErrorClass),
            _ when Cancellation.IsCancellationRequested => Cancelled(CancelReasons.ByOwner),
            _ => new RunOutcome(ExecutionStatus.Failed, "ENGINE", "The query could not be run.", "ENVIRONMENT"),
        };
    }

    private static RunOutcome Cancelled(string reason) =>
        new(ExecutionStatus.Cancelled, reason, CancelReasons.Message(reason));

    internal void Publish(ExecutionStatus status, string? error, string? errorClass)
    {
        (FinalStatus, ErrorMessage, ErrorClass) = (status, error, errorClass);
        Published = true;
    }

    public double ElapsedMs(TimeProvider clock) => clock.GetElapsedTime(StartedAt).TotalMilliseconds;
}
