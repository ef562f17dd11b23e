using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Projects.Events;

[EventName("SqlBlockUpdated")]
public sealed record SqlBlockUpdated(ProjectId ProjectId, WorkspaceId WorkspaceId, BlockId BlockId, ConnectionId ConnectionId, string Sql,
    DateTimeOffset OccurredAt) : IDomainEvent;
