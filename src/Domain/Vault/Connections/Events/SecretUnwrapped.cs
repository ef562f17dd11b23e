using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Vault.Connections.Events;

/// <summary>A connection's password was decrypted for <paramref name="Purpose"/> (e.g. "test-connection",
/// "execute-query"). The actor is in the metadata.</summary>
[EventName("SecretUnwrapped")]
public sealed record SecretUnwrapped(ConnectionId ConnectionId, WorkspaceId WorkspaceId, string Purpose,
    DateTimeOffset OccurredAt) : IDomainEvent;
