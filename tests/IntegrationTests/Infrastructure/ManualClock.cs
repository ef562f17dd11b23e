namespace Deepnote.IntegrationTests.Infrastructure;

/// <summary>The real time plus an offset a test moves forward (never back), so that waiting fifteen minutes takes none.</summary>
public sealed class ManualClock : TimeProvider
{
    private long _offsetTicks;

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));
}
