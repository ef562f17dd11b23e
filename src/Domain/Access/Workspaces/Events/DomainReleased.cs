using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Workspaces.Events;

public sealed record DomainReleased(WorkspaceId WorkspaceId, string Domain, UserId ReleasedBy, DateTimeOffset OccurredAt)
    : IDomainEvent;
