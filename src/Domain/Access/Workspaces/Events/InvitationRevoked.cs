using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Workspaces.Events;

public sealed record InvitationRevoked(WorkspaceId WorkspaceId, Guid InvitationId, UserId RevokedBy, DateTimeOffset OccurredAt)
    : IDomainEvent;
