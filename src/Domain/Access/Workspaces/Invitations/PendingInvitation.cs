using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Access.Workspaces.Invitations;

/// <summary>An invitation not yet answered: for a role in the workspace, or (with a project) as a guest there.</summary>
public sealed record PendingInvitation(Guid Id, string Email, WorkspaceRole? Role, ProjectId? ProjectId,
    ProjectAccess? Access, UserId InvitedBy, DateTimeOffset ExpiresAt)
{
    public bool IsGuest => ProjectId is not null;
}
