using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Identity.Users.Events;

/// <summary>Someone asked for an account for this address (a link was mailed to it, or a reminder if it has one).</summary>
[EventName("SignUpRequested")]
public sealed record SignUpRequested(string Email, DateTimeOffset OccurredAt) : IDomainEvent;
