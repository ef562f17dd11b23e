using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Identity.Users.Events;

public sealed record UserSignedIn(UserId UserId, DateTimeOffset OccurredAt) : IDomainEvent;
