using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Workspaces.Events;

public sealed record InvitationAccepted(WorkspaceId WorkspaceId, Guid InvitationId, UserId UserId, DateTimeOffset OccurredAt)
    : IDomainEvent;
