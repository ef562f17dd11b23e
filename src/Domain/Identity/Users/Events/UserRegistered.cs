using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Identity.Users.Events;

[EventName("UserRegistered")]
public sealed record UserRegistered(UserId UserId, string Email, bool Activated, DateTimeOffset OccurredAt)
    : IDomainEvent;
