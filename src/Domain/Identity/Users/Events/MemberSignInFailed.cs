using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Identity.Users.Events;

/// <summary>Failed sign-ins for a member's address between <paramref name="From"/> and <paramref name="To"/>: one event
/// per window with the count, however many there were, so a flood cannot bloat the workspace's chain.</summary>
[EventName("MemberSignInFailed")]
public sealed record MemberSignInFailed(UserId UserId, WorkspaceId WorkspaceId, int Count, DateTimeOffset From,
    DateTimeOffset To, string LastReason, DateTimeOffset OccurredAt) : IDomainEvent;
