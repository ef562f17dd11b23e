using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Workspaces.Events;

public sealed record MemberRemoved(WorkspaceId WorkspaceId, UserId UserId, UserId RemovedBy,
    DateTimeOffset OccurredAt) : IDomainEvent;
