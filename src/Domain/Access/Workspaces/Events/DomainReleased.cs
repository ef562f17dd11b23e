using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Workspaces.Events;

[EventName("DomainReleased")]
public sealed record DomainReleased(WorkspaceId WorkspaceId, string Domain, UserId ReleasedBy, DateTimeOffset OccurredAt)
    : IDomainEvent;
