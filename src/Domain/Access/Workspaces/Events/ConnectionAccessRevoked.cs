using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Workspaces.Events;

[EventName("ConnectionAccessRevoked")]
public sealed record ConnectionAccessRevoked(WorkspaceId WorkspaceId, ConnectionId ConnectionId, UserId UserId,
    UserId RevokedBy, DateTimeOffset OccurredAt) : IDomainEvent;
