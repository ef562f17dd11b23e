using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Projects.Events;

public sealed record SqlBlockRemoved(ProjectId ProjectId, WorkspaceId WorkspaceId, BlockId BlockId, DateTimeOffset OccurredAt) : IDomainEvent;
