using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Projects.Events;

[EventName("ProjectConnectionDetached")]
public sealed record ProjectConnectionDetached(ProjectId ProjectId, WorkspaceId WorkspaceId, ConnectionId ConnectionId,
    DateTimeOffset OccurredAt) : IDomainEvent;
