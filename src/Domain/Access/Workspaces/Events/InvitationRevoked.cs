using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Workspaces.Events;

[EventName("InvitationRevoked")]
public sealed record InvitationRevoked(WorkspaceId WorkspaceId, Guid InvitationId, UserId RevokedBy, DateTimeOffset OccurredAt)
    : IDomainEvent;
