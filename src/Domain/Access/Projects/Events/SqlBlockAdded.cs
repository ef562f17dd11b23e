using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Projects.Events;

[EventName("SqlBlockAdded")]
public sealed record SqlBlockAdded(ProjectId ProjectId, WorkspaceId WorkspaceId, BlockId BlockId, ConnectionId ConnectionId, string Sql,
    int Position, DateTimeOffset OccurredAt) : IDomainEvent;
