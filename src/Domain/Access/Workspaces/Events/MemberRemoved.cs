using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Workspaces.Events;

[EventName("MemberRemoved")]
public sealed record MemberRemoved(WorkspaceId WorkspaceId, UserId UserId, UserId RemovedBy,
    DateTimeOffset OccurredAt) : IDomainEvent;
