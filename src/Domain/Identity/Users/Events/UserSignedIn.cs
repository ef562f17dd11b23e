using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Identity.Users.Events;

[EventName("UserSignedIn")]
public sealed record UserSignedIn(UserId UserId, DateTimeOffset OccurredAt) : IDomainEvent;
