using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Vault.Connections.Events;

[EventName("ConnectionGuardrailsChanged")]
public sealed record ConnectionGuardrailsChanged(ConnectionId ConnectionId, WorkspaceId WorkspaceId,
    ConnectionGuardrails Guardrails, DateTimeOffset OccurredAt) : IDomainEvent;
