using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Identity.Users.Events;

/// <summary>A reset was asked for an address; recorded whether or not a link was sent, as the answer is the same.
/// <paramref name="UserId"/> is the account that has the address, if any; the address itself is not recorded.
/// <paramref name="Email"/> is set only on events recorded before issue 15.</summary>
[EventName("PasswordResetRequested")]
public sealed record PasswordResetRequested(string? Email, DateTimeOffset OccurredAt, UserId? UserId = null) : IDomainEvent;
