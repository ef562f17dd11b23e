using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Identity.Users.Events;

/// <summary>The account signs in through this workspace's provider as <paramref name="Subject"/> of
/// <paramref name="Issuer"/> from now on.</summary>
[EventName("SsoLinked")]
public sealed record SsoLinked(UserId UserId, WorkspaceId WorkspaceId, string Issuer, string Subject, DateTimeOffset OccurredAt)
    : IDomainEvent;
