using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Projects.Events;

[EventName("ProjectConnectionAttached")]
public sealed record ProjectConnectionAttached(ProjectId ProjectId, WorkspaceId WorkspaceId, ConnectionId ConnectionId,
    DateTimeOffset OccurredAt) : IDomainEvent;
