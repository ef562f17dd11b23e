using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Identity.Users.Events;

public sealed record UserRegistered(UserId UserId, string Email, bool Activated, DateTimeOffset OccurredAt)
    : IDomainEvent;
