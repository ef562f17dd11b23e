using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Workspaces.Events;

[EventName("MemberInvited")]
public sealed record MemberInvited(WorkspaceId WorkspaceId, UserId UserId, WorkspaceRole Role, UserId InvitedBy,
    DateTimeOffset OccurredAt) : IDomainEvent;
