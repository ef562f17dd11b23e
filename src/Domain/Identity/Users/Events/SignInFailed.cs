using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Identity.Users.Events;

/// <summary>A failed sign-in. The address is kept (normalised) so that auditors see attacks on an account; the
/// password never is.</summary>
[EventName("SignInFailed")]
public sealed record SignInFailed(string Email, string Reason, DateTimeOffset OccurredAt) : IDomainEvent;
