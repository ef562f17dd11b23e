using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Execution.Events;

/// <summary>A query failed. <paramref name="ErrorCode"/> is the engine's error class (a SQLSTATE, or
/// <c>TIMEOUT</c>, <c>CONNECTION</c>, <c>AUDIT</c>); the message, which may quote data, is shown to the actor only.
/// <paramref name="ErrorClass"/> says where it failed: QUERY, TIMEOUT, CONNECTION or ENVIRONMENT (the worker crashed,
/// ran out of memory, or could not start); events recorded before it existed have none.</summary>
[EventName("QueryFailed")]
public sealed record QueryFailed(ExecutionId ExecutionId, WorkspaceId WorkspaceId, ProjectId ProjectId,
    BlockId? BlockId, ConnectionId ConnectionId, UserId ActorId, string SqlHash, string ErrorCode, long DurationMicroseconds,
    DateTimeOffset OccurredAt, string? ErrorClass = null) : IDomainEvent;
