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
    private readonly ExecutionLimits _limits = new() { ResultIdleMinutes = 15, ResultMemoryBytes = 1000, MaxRunningPerUser = 2 };

    private ExecutionRegistry Registry() => new(_limits, _clock, _recorder);

    private static ExecutionTarget Target(UserId user) =>
        new(ExecutionId.New(), WorkspaceId.New(), ProjectId.New(), null, ConnectionId.New(), user, "hash");

    private static ActorSnapshot Actor(UserId user) => new(user, ActorKind.User, null, null, "c", null, null);

    private static QueryResult Result(long bytes) => new([new QueryColumn("n", "int4")], [[1L]], false, bytes, 1);

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
        Assert.Equal(1, registry.DropFor(user));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.Work);
        Assert.Null(registry.Find(done.Target.ExecutionId, user));
        Assert.NotNull(registry.Find(first.Target.ExecutionId, user)); // still to be recorded, as cancelled
        registry.Publish(first, new RunOutcome(ExecutionStatus.Cancelled, null, "cancelled"));
        Assert.Equal(0, registry.Find(first.Target.ExecutionId, user)!.Bytes);
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
