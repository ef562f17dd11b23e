using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Execution.Events;

/// <summary>A query ran (or was served from the cache) and its result was handed to the actor in the metadata.
/// The SQL itself is not kept, only a keyed hash of it (<c>SqlHmac</c>), so that no customer data or literal
/// lands in the immutable log. <paramref name="Transport"/> is how the session reached the database (TLS, PLAIN, or
/// NONE for DuckDB); null for a cache hit and for events recorded before it existed.</summary>
/// <remarks><c>SqlHmac</c> (from issue 15): HMAC-SHA256 of the SQL under the workspace's key (docs/audit-chain.md,
/// "Keyed hashes"), <c>k&lt;version&gt;:&lt;hex&gt;</c>; <c>SqlHash</c> is the unkeyed SHA-256 that only events recorded before
/// it carry (null since).</remarks>
[EventName("QueryExecuted")]
public sealed record QueryExecuted(ExecutionId ExecutionId, WorkspaceId WorkspaceId, ProjectId ProjectId,
    BlockId? BlockId, ConnectionId ConnectionId, UserId ActorId, string? SqlHash, long RowCount, long Bytes, long DurationMicroseconds,
    bool CacheHit, bool Truncated, DateTimeOffset OccurredAt, string? Transport = null, string? SqlHmac = null) : IDomainEvent;
