using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Identity.Users.Events;

/// <summary>A member of this workspace ended sessions (<paramref name="Reason"/> as in <see cref="SessionEnded"/>), so
/// that the workspace's auditors see sign-outs next to sign-ins in its own chain.</summary>
[EventName("MemberSessionEnded")]
public sealed record MemberSessionEnded(UserId UserId, WorkspaceId WorkspaceId, string Reason, DateTimeOffset OccurredAt)
    : IDomainEvent;
