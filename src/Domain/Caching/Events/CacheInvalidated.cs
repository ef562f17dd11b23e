using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Caching.Events;

/// <summary>Cached results of a connection were removed (by an ADMIN, or because a grant was revoked or the
/// credentials changed: <paramref name="Reason"/>).</summary>
[EventName("CacheInvalidated")]
public sealed record CacheInvalidated(ConnectionId ConnectionId, WorkspaceId WorkspaceId, int EntriesRemoved,
    string Reason, DateTimeOffset OccurredAt) : IDomainEvent;
