using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Workspaces.Events;

[EventName("InvitationDeclined")]
public sealed record InvitationDeclined(WorkspaceId WorkspaceId, Guid InvitationId, UserId UserId, DateTimeOffset OccurredAt)
    : IDomainEvent;
