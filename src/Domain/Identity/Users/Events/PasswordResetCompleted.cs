using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Identity.Users.Events;

/// <summary>A new password set through a mailed link; every earlier session was ended.</summary>
[EventName("PasswordResetCompleted")]
public sealed record PasswordResetCompleted(UserId UserId, DateTimeOffset OccurredAt) : IDomainEvent;
