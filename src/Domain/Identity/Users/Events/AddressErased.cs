using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Identity.Users.Events;

/// <summary>The operator erased an address from the directory of personal data (a person's request): events that
/// name <paramref name="AddressId"/> still verify, and nothing resolves it to the address any more.</summary>
[EventName("AddressErased")]
public sealed record AddressErased(AddressId AddressId, DateTimeOffset OccurredAt) : IDomainEvent;
