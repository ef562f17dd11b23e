using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Vault.Connections.Events;

[EventName("ConnectionCreated")]
public sealed record ConnectionCreated(ConnectionId ConnectionId, WorkspaceId WorkspaceId, string Name,
    ConnectionSettings Settings, SealedCredential? Password, UserId CreatedBy, DateTimeOffset OccurredAt)
    : IDomainEvent;
