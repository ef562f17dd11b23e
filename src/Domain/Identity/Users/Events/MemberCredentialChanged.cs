using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Identity.Users.Events;

/// <summary>A member's way in changed (<paramref name="Change"/>: password_changed, password_reset, sso_linked).</summary>
[EventName("MemberCredentialChanged")]
public sealed record MemberCredentialChanged(UserId UserId, WorkspaceId WorkspaceId, string Change, DateTimeOffset OccurredAt)
    : IDomainEvent;
