using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Caching.Events;

[EventName("CachePolicySet")]
public sealed record CachePolicySet(ConnectionId ConnectionId, WorkspaceId WorkspaceId, CachePolicyMode Mode,
    int? TtlSeconds, DateTimeOffset OccurredAt) : IDomainEvent;
