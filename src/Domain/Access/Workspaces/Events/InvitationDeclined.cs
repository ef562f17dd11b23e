using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Workspaces.Events;

public sealed record InvitationDeclined(WorkspaceId WorkspaceId, Guid InvitationId, UserId UserId, DateTimeOffset OccurredAt)
    : IDomainEvent;
