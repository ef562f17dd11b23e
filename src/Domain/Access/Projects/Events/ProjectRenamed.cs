using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Projects.Events;

[EventName("ProjectRenamed")]
public sealed record ProjectRenamed(ProjectId ProjectId, WorkspaceId WorkspaceId, string Name, DateTimeOffset OccurredAt) : IDomainEvent;
