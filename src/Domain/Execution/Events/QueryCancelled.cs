using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Execution.Events;

/// <summary>A running query was cancelled in the database, as the actor in the metadata.</summary>
/// <param name="Reason">Why: <c>BY_OWNER</c> (they asked), <c>ACCESS_CHANGED</c> (a grant, role, share or attachment
/// went away), <c>KEY_DESTROYED</c>, <c>SIGNED_OUT_OR_REMOVED</c>; null in events recorded before reasons were.</param>
/// <remarks><c>SqlHmac</c> (from issue 15): HMAC-SHA256 of the SQL under the workspace's key (docs/audit-chain.md,
/// "Keyed hashes"), <c>k&lt;version&gt;:&lt;hex&gt;</c>; <c>SqlHash</c> is the unkeyed SHA-256 that only events recorded before
/// it carry (null since).</remarks>
[EventName("QueryCancelled")]
public sealed record QueryCancelled(ExecutionId ExecutionId, WorkspaceId WorkspaceId, ProjectId ProjectId,
    BlockId? BlockId, ConnectionId ConnectionId, UserId ActorId, string? SqlHash, long DurationMicroseconds, DateTimeOffset OccurredAt,
    string? Reason = null, string? SqlHmac = null) : IDomainEvent;
