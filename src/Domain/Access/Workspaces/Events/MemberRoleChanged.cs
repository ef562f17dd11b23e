using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Workspaces.Events;

[EventName("MemberRoleChanged")]
public sealed record MemberRoleChanged(WorkspaceId WorkspaceId, UserId UserId, WorkspaceRole PreviousRole,
    WorkspaceRole Role, UserId ChangedBy, DateTimeOffset OccurredAt) : IDomainEvent;
