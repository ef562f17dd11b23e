namespace Deepnote.Application.Audit.Contracts;

/// <summary>A workspace's activity per day and type. The counts come from an async projection and include every
/// event recorded up to <paramref name="CountedThrough"/> (null: nothing counted yet); the log itself is never behind.</summary>
public sealed record AuditActivityDto(IReadOnlyList<AuditActivityCount> Counts, DateTimeOffset? CountedThrough);
