using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Workspaces.Events;

[EventName("InvitationAccepted")]
public sealed record InvitationAccepted(WorkspaceId WorkspaceId, Guid InvitationId, UserId UserId, DateTimeOffset OccurredAt)
    : IDomainEvent;
