using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Workspaces.Events;

/// <summary>An invitation mailed to an address: to join with a role, or (with a project) as a guest of that project.
/// It supersedes any pending invitation of the same address to the same place.</summary>
[EventName("InvitationIssued")]
public sealed record InvitationIssued(WorkspaceId WorkspaceId, Guid InvitationId, string Email, WorkspaceRole? Role,
    ProjectId? ProjectId, ProjectAccess? Access, UserId InvitedBy, DateTimeOffset ExpiresAt, DateTimeOffset OccurredAt)
    : IDomainEvent;
