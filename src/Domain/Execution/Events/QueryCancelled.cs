using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Execution.Events;

/// <summary>A running query was cancelled in the database, as the actor in the metadata.</summary>
/// <param name="Reason">Why: <c>BY_OWNER</c> (they asked), <c>ACCESS_CHANGED</c> (a grant, role, share or attachment
/// went away), <c>KEY_DESTROYED</c>, <c>SIGNED_OUT_OR_REMOVED</c>; null in events recorded before reasons were.</param>
[EventName("QueryCancelled")]
public sealed record QueryCancelled(ExecutionId ExecutionId, WorkspaceId WorkspaceId, ProjectId ProjectId,
    BlockId? BlockId, ConnectionId ConnectionId, UserId ActorId, string SqlHash, long DurationMicroseconds, DateTimeOffset OccurredAt,
    string? Reason = null) : IDomainEvent;
