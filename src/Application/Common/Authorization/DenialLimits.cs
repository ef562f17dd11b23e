namespace Deepnote.Application.Common.Authorization;

/// <summary>How many <c>AccessDenied</c> events one actor may add to one chain per window; beyond that the denials
/// are counted and summarised in one <c>AccessDeniedSuppressed</c> event when the window ends.</summary>
public sealed class DenialLimits
{
    public int PerActorPerWindow { get; set; } = 30;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How many actor-and-chain windows are tracked at once (memory bound); past it, new ones are not
    /// throttled (recording more, never less).</summary>
    public int TrackedActors { get; set; } = 10_000;
}
