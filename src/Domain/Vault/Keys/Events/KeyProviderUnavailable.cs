using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Vault.Keys.Events;

/// <summary>A request failed closed because the key provider could not be reached or refused; nothing was
/// encrypted or decrypted. The actor is in the metadata.</summary>
[EventName("KeyProviderUnavailable")]
public sealed record KeyProviderUnavailable(string Operation, string Provider, DateTimeOffset OccurredAt) : IDomainEvent;
