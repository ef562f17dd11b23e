using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Identity.Users.Events;

/// <summary>A user chose a new password (the hash is not in the log); every other session was ended.</summary>
[EventName("PasswordChanged")]
public sealed record PasswordChanged(UserId UserId, DateTimeOffset OccurredAt) : IDomainEvent;
