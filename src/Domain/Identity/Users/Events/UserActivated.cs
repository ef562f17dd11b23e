using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Identity.Users.Events;

/// <summary>An invited user chose a password and can now sign in.</summary>
[EventName("UserActivated")]
public sealed record UserActivated(UserId UserId, DateTimeOffset OccurredAt) : IDomainEvent;
