using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Identity.Users.Events;

/// <summary>A member of this workspace signed in (<paramref name="Method"/>: password, sso, link, setup), so that the
/// workspace's auditors see its members' sign-ins in its own chain.</summary>
[EventName("MemberSignedIn")]
public sealed record MemberSignedIn(UserId UserId, WorkspaceId WorkspaceId, string Method, DateTimeOffset OccurredAt)
    : IDomainEvent;
