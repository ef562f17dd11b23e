using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Identity.Users.Events;

/// <summary>Someone asked for an account (a link was mailed to the address, or a reminder to the account
/// <paramref name="UserId"/> that has it). The address is not recorded: an address without an account is nobody's
/// the log should keep. <paramref name="Email"/> is set only on events recorded before issue 15.</summary>
[EventName("SignUpRequested")]
public sealed record SignUpRequested(string? Email, DateTimeOffset OccurredAt, UserId? UserId = null) : IDomainEvent;
