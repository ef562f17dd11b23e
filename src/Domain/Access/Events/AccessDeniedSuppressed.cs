using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Events;

/// <summary>Denials of one actor in one chain beyond the per-actor cap, summarised instead of recorded one by one,
/// so that a flood can neither bury other events nor bloat the chain: "<paramref name="Count"/> further denials by
/// this actor between <paramref name="From"/> and <paramref name="To"/> were suppressed".</summary>
[EventName("AccessDeniedSuppressed")]
public sealed record AccessDeniedSuppressed(Guid? ActorUserId, string? ActorAddress, int Count, DateTimeOffset From,
    DateTimeOffset To, DateTimeOffset OccurredAt) : IDomainEvent;
