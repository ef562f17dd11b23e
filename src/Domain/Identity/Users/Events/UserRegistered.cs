using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Identity.Users.Events;

/// <summary>An account for the address <paramref name="AddressId"/> of the directory. <paramref name="Email"/> is set
/// only on events recorded before addresses moved out of the log (issue 15), and is null since.</summary>
[EventName("UserRegistered")]
public sealed record UserRegistered(UserId UserId, string? Email, bool Activated, DateTimeOffset OccurredAt,
    AddressId? AddressId = null) : IDomainEvent;
