using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Workspaces.Events;

/// <summary>An invitation mailed to the address <paramref name="AddressId"/> of the directory: to join with a role, or
/// (with a project) as a guest of that project. It supersedes any pending invitation of the same address to the same
/// place. <paramref name="Email"/> is set only on events recorded before issue 15, and is null since.</summary>
[EventName("InvitationIssued")]
public sealed record InvitationIssued(WorkspaceId WorkspaceId, Guid InvitationId, string? Email, WorkspaceRole? Role,
    ProjectId? ProjectId, ProjectAccess? Access, UserId InvitedBy, DateTimeOffset ExpiresAt, DateTimeOffset OccurredAt,
    AddressId? AddressId = null) : IDomainEvent;
