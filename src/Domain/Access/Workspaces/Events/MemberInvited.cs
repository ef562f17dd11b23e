using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Workspaces.Events;

public sealed record MemberInvited(WorkspaceId WorkspaceId, UserId UserId, WorkspaceRole Role, UserId InvitedBy,
    DateTimeOffset OccurredAt) : IDomainEvent;
