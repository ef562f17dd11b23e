using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Identity.Users.Events;

/// <summary>A reset was asked for this address; recorded whether or not a link was sent, as the answer is the same.</summary>
[EventName("PasswordResetRequested")]
public sealed record PasswordResetRequested(string Email, DateTimeOffset OccurredAt) : IDomainEvent;
