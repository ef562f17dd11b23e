using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Projects.Events;

[EventName("ProjectDeleted")]
public sealed record ProjectDeleted(ProjectId ProjectId, WorkspaceId WorkspaceId, DateTimeOffset OccurredAt) : IDomainEvent;
