using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Execution.Events;

/// <summary>A query failed. <paramref name="ErrorCode"/> is the engine's error class (a SQLSTATE, or
/// <c>TIMEOUT</c>, <c>CONNECTION</c>, <c>AUDIT</c>); the message, which may quote data, is shown to the actor only.
/// <paramref name="ErrorClass"/> says where it failed: QUERY, TIMEOUT, CONNECTION or ENVIRONMENT (the worker crashed,
/// ran out of memory, or could not start); events recorded before it existed have none.</summary>
/// <remarks><c>SqlHmac</c> (from issue 15): HMAC-SHA256 of the SQL under the workspace's key (docs/audit-chain.md,
/// "Keyed hashes"), <c>k&lt;version&gt;:&lt;hex&gt;</c>; <c>SqlHash</c> is the unkeyed SHA-256 that only events recorded before
/// it carry (null since).</remarks>
[EventName("QueryFailed")]
public sealed record QueryFailed(ExecutionId ExecutionId, WorkspaceId WorkspaceId, ProjectId ProjectId,
    BlockId? BlockId, ConnectionId ConnectionId, UserId ActorId, string? SqlHash, string ErrorCode, long DurationMicroseconds,
    DateTimeOffset OccurredAt, string? ErrorClass = null, string? SqlHmac = null) : IDomainEvent;
