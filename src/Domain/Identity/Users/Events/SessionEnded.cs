using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Identity.Users.Events;

/// <summary>A person ended <paramref name="Sessions"/> of their sessions (<paramref name="Reason"/>: signed out, ended
/// from another session, signed out everywhere), on the platform chain.</summary>
[EventName("SessionEnded")]
public sealed record SessionEnded(UserId UserId, string Reason, int Sessions, DateTimeOffset OccurredAt) : IDomainEvent;
