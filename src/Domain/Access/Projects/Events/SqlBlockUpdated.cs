using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Projects.Events;

public sealed record SqlBlockUpdated(ProjectId ProjectId, WorkspaceId WorkspaceId, BlockId BlockId, ConnectionId ConnectionId, string Sql,
    DateTimeOffset OccurredAt) : IDomainEvent;
