using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Application.Execution.Ports;
using Deepnote.Application.Execution.Running;
using Deepnote.Domain.Execution;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.UnitTests.Execution;

public sealed class ExecutionRegistryTests
{
    private readonly ManualClock _clock = new();
    private readonly Recorder _recorder = new();
    private readonly ExecutionLimits _limits = new()
    {
        ResultIdleMinutes = 15, ResultMemoryBytes = 10_000, ResultMemoryPerPersonBytes = 1000,
        ResultMemoryPerWorkspaceBytes = 2000, MaxRunningPerUser = 2,
    };

    private ExecutionRegistry Registry() => new(_limits, _clock, _recorder);

    private static ExecutionTarget Target(UserId user) =>
        new(ExecutionId.New(), WorkspaceId.New(), ProjectId.New(), null, ConnectionId.New(), user, "hash");

    private static ActorSnapshot Actor(UserId user) => new(user, ActorKind.User, null, null, "c", null, null);

    private static QueryResult Result(long bytes) => new([new QueryColumn("n", "int4")], new Measured(bytes), false, bytes, 1);

    private static RunOutcome Succeeded => new(ExecutionStatus.Succeeded, null, null);

    [Fact]
    public void Results_AreOnlyFoundByTheirOwner()
    {
        var (owner, other) = (UserId.New(), UserId.New());
        var registry = Registry();
        var run = registry.AddCompleted(Target(owner), Actor(owner), Result(10));

        Assert.Same(run, registry.Find(run.Target.ExecutionId, owner));
        Assert.Null(registry.Find(run.Target.ExecutionId, other));
    }

    [Fact]
    public void IdleResults_AreDropped_AndReadingKeepsThemAlive()
    {
        var user = UserId.New();
        var registry = Registry();
        var idle = registry.AddCompleted(Target(user), Actor(user), Result(10));
        var read = registry.AddCompleted(Target(user), Actor(user), Result(10));
        registry.Publish(idle, Succeeded);
        registry.Publish(read, Succeeded);

        _clock.Advance(TimeSpan.FromMinutes(10));
        Assert.NotNull(registry.Find(read.Target.ExecutionId, user));
        _clock.Advance(TimeSpan.FromMinutes(6));

        Assert.Null(registry.Find(idle.Target.ExecutionId, user));
        Assert.NotNull(registry.Find(read.Target.ExecutionId, user));
    }

    [Fact]
    public async Task ANewResult_MakesRoomOnlyAmongItsOwnersResults_NeverAnothers()
    {
        var (ana, bo, cy) = (UserId.New(), UserId.New(), UserId.New());
        var workspace = WorkspaceId.New();
        var registry = Registry();
        ExecutionTarget In(UserId user) => Target(user) with { WorkspaceId = workspace };
        var bos = registry.AddCompleted(In(bo), Actor(bo), Result(900));
        registry.Publish(bos, Succeeded);
        var anasOld = registry.AddCompleted(In(ana), Actor(ana), Result(600));
        registry.Publish(anasOld, Succeeded);
        _clock.Advance(TimeSpan.FromSeconds(1));

        // Ana's second result exceeds her budget (1000): her own older result goes, Bo's stays.
        var anasNew = registry.AddCompleted(In(ana), Actor(ana), Result(600));
        registry.Publish(anasNew, Succeeded);
        Assert.Null(registry.Find(anasOld.Target.ExecutionId, ana));
        Assert.Equal(600, registry.Find(anasNew.Target.ExecutionId, ana)!.MemoryBytes);
        Assert.NotNull(registry.Find(bos.Target.ExecutionId, bo));

        // Others hold 900 + 500 of the workspace's 2000: Ana's 700 would need someone else's room, so it is not kept.
        registry.Publish(registry.AddCompleted(In(cy), Actor(cy), Result(500)), Succeeded);
        var tooBig = registry.AddCompleted(In(ana), Actor(ana), Result(700));
        registry.Publish(tooBig, Succeeded);
        Assert.Equal(ExecutionRegistry.NotKept, tooBig.ErrorMessage);
        Assert.Empty((await tooBig.Work).Rows);
        Assert.NotNull(registry.Find(anasNew.Target.ExecutionId, ana)); // nothing was evicted in vain
        Assert.NotNull(registry.Find(bos.Target.ExecutionId, bo));
    }

    [Fact]
    public void ResultMemory_CountsBoxedRowsAsTheyAreHeld()
    {
        var rows = Enumerable.Range(0, 1000).Select(i => new object?[] { (long)i, new string('x', 100), null }).ToList();

        var bytes = ResultMemory.Of(new QueryResult([], rows, false, 0, 0));

        Assert.InRange(bytes, 1000 * (24 + 24 + 3 * 8 + 222), 1000 * 400);
    }

    [Fact]
    public void BeyondTheMemoryBound_TheLeastRecentlyReadAreDropped()
    {
        var user = UserId.New();
        var registry = Registry();
        var old = registry.AddCompleted(Target(user), Actor(user), Result(600));
        registry.Publish(old, Succeeded);
        _clock.Advance(TimeSpan.FromSeconds(1));
        var recent = registry.AddCompleted(Target(user), Actor(user), Result(600));
        registry.Publish(recent, Succeeded);

        Assert.Null(registry.Find(old.Target.ExecutionId, user));
        Assert.NotNull(registry.Find(recent.Target.ExecutionId, user));
    }

    [Fact]
    public async Task AUser_RunsAtMostTheLimitAtOnce_AndSignOutCancelsTheirRuns_WhichKeepNoRows()
    {
        var (user, other) = (UserId.New(), UserId.New());
        var registry = Registry();
        var gate = new TaskCompletionSource<QueryResult>();
        Func<CancellationToken, Task<QueryResult>> work = async ct => await gate.Task.WaitAsync(ct);
        var first = registry.Start(Target(user), Actor(user), null, work);
        registry.Start(Target(user), Actor(user), null, work);
        var others = registry.Start(Target(other), Actor(other), null, work);
        var done = registry.AddCompleted(Target(user), Actor(user), Result(10));
        registry.Publish(done, Succeeded);

        Assert.Throws<LimitExceededException>(() => registry.Start(Target(user), Actor(user), null, work));
        foreach (var mine in registry.RunsIn(null, user)) registry.Drop(mine, CancelReasons.SignedOutOrRemoved);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.Work);
        Assert.Null(registry.Find(done.Target.ExecutionId, user));
        Assert.NotNull(registry.Find(first.Target.ExecutionId, user)); // still to be recorded, as cancelled
        Assert.Equal(ExecutionStatus.Cancelled, first.Outcome(cancelled: false).Status);
        Assert.Equal(CancelReasons.SignedOutOrRemoved, first.Outcome(cancelled: false).ErrorCode);
        Assert.Equal(CancelReasons.Message(CancelReasons.SignedOutOrRemoved), first.Outcome(cancelled: false).ErrorMessage);
        registry.Publish(first, first.Outcome(cancelled: false));
        Assert.Null(registry.Find(first.Target.ExecutionId, user)); // recorded, and no rows kept
        Assert.False(others.Cancellation.IsCancellationRequested);
    }

    [Fact]
    public void AnApiToken_SeesOnlyRunsOfItsOwnWorkspace()
    {
        var user = UserId.New();
        var registry = Registry();
        var run = registry.AddCompleted(Target(user), Actor(user), Result(10));

        Assert.NotNull(registry.Find(run.Target.ExecutionId, user, run.Target.WorkspaceId));
        Assert.Null(registry.Find(run.Target.ExecutionId, user, WorkspaceId.New()));
    }

    [Fact]
    public async Task AHandedOffRun_IsRecordedInTheBackground_ExactlyOnce()
    {
        var user = UserId.New();
        var registry = Registry();
        var gate = new TaskCompletionSource<QueryResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        var run = registry.Start(Target(user), Actor(user), null, _ => gate.Task);

        registry.HandOff(run);
        gate.SetResult(Result(10));
        await run.Work;
        for (var i = 0; i < 50 && _recorder.Recorded.Count == 0; i++) await Task.Delay(10);

        Assert.Equal([run.Target.ExecutionId], _recorder.Recorded);
        Assert.False(run.TryClaim());
    }

    /// <summary>One row that says it holds <c>bytes</c>.</summary>
    private sealed class Measured(long bytes) : List<object?[]>([[1L]]), IMeasuredRows
    {
        public long MemoryBytes => bytes;
    }

    private sealed class Recorder : IBackgroundRecorder
    {
        public List<ExecutionId> Recorded { get; } = [];

        public void Record(ExecutionId execution, ActorSnapshot actor)
        {
            lock (Recorded) Recorded.Add(execution);
        }
    }

    private sealed class ManualClock : TimeProvider
    {
        private long _ticks = 1_000_000;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Interlocked.Read(ref _ticks);

        public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
    }
}
