namespace Deepnote.Application.Audit.Contracts;

/// <summary>A workspace's activity per day and type. The counts come from an async projection that follows the log
/// within seconds; <paramref name="CountedThrough"/> is when the newest of the workspace's events they include was
/// recorded (null: none counted yet). The log itself is never behind.</summary>
public sealed record AuditActivityDto(IReadOnlyList<AuditActivityCount> Counts, DateTimeOffset? CountedThrough);
