using System.Diagnostics;

namespace Deepnote.Infrastructure.Execution.Workers;

/// <summary>A failed or refused connection answers no sooner than <see cref="Minimum"/> after it was asked, so
/// neither the sentence nor the time tells an open port from a closed one or a refused address from a slow one.</summary>
public class FailurePadding
{
    public static readonly TimeSpan Minimum = TimeSpan.FromSeconds(2);

    /// <param name="startedAt">A <see cref="Stopwatch.GetTimestamp"/> taken when the attempt began.</param>
    public virtual async Task PadAsync(long startedAt, CancellationToken ct)
    {
        var left = Minimum - Stopwatch.GetElapsedTime(startedAt);
        if (left > TimeSpan.Zero) await Task.Delay(left, ct);
    }
}
