using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Vault.Connections.Events;

[EventName("ConnectionDeleted")]
public sealed record ConnectionDeleted(ConnectionId ConnectionId, WorkspaceId WorkspaceId, DateTimeOffset OccurredAt)
    : IDomainEvent;
