using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Projects.Events;

[EventName("SqlBlockRemoved")]
public sealed record SqlBlockRemoved(ProjectId ProjectId, WorkspaceId WorkspaceId, BlockId BlockId, DateTimeOffset OccurredAt) : IDomainEvent;
