using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Identity.Users.Events;

/// <summary>The account was created from a mailed sign-up link (so its owner controls the address).</summary>
[EventName("SignedUp")]
public sealed record SignedUp(UserId UserId, DateTimeOffset OccurredAt) : IDomainEvent;
