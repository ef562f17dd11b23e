using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Identity.Users.Events;

/// <summary>A failed sign-in. <paramref name="UserId"/> is the account the address belongs to, so that auditors see
/// attacks on an account; an address without an account is not recorded, and the password never is.
/// <paramref name="Email"/> is set only on events recorded before issue 15.</summary>
[EventName("SignInFailed")]
public sealed record SignInFailed(string? Email, string Reason, DateTimeOffset OccurredAt, UserId? UserId = null)
    : IDomainEvent;
