using Deepnote.Infrastructure.Execution.Workers;

namespace Deepnote.IntegrationTests.Execution;

/// <summary>Counts the failures that were padded (without waiting), so a test can see the padding applied.</summary>
public sealed class RecordingPadding : FailurePadding
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public override Task PadAsync(long startedAt, CancellationToken ct)
    {
        Interlocked.Increment(ref _count);
        return Task.CompletedTask;
    }
}
