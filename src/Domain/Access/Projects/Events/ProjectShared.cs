using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Projects.Events;

[EventName("ProjectShared")]
public sealed record ProjectShared(ProjectId ProjectId, WorkspaceId WorkspaceId, UserId UserId, ProjectAccess Access, UserId SharedBy,
    DateTimeOffset OccurredAt) : IDomainEvent;
