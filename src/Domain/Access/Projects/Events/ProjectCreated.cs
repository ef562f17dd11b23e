using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Projects.Events;

[EventName("ProjectCreated")]
public sealed record ProjectCreated(ProjectId ProjectId, WorkspaceId WorkspaceId, string Name, ProjectAccess DefaultAccess, UserId CreatedBy,
    DateTimeOffset OccurredAt) : IDomainEvent;
