using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Vault.Connections.Events;

[EventName("ConnectionRenamed")]
public sealed record ConnectionRenamed(ConnectionId ConnectionId, WorkspaceId WorkspaceId, string Name,
    DateTimeOffset OccurredAt) : IDomainEvent;
