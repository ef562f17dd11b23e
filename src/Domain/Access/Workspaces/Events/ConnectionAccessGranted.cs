using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Workspaces.Events;

/// <summary>A member may now use a connection (see its details, run queries on it).</summary>
[EventName("ConnectionAccessGranted")]
public sealed record ConnectionAccessGranted(WorkspaceId WorkspaceId, ConnectionId ConnectionId, UserId UserId,
    UserId GrantedBy, DateTimeOffset OccurredAt) : IDomainEvent;
