using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Access.Ports;

/// <summary>The facts the authorization policy decides from (inline projections of the modules' events). Any
/// failure to look up throws, so a request is refused rather than let through.</summary>
public interface IAccessFacts
{
    Task<WorkspaceRole?> GetRoleAsync(WorkspaceId workspace, UserId user, CancellationToken ct);

    Task<bool> WorkspaceExistsAsync(WorkspaceId workspace, CancellationToken ct);

    /// <summary>The workspaces the person is a member of.</summary>
    Task<IReadOnlyList<WorkspaceId>> ListMembershipsAsync(UserId user, CancellationToken ct);

    /// <summary>The workspace of a connection that has not been deleted, or null.</summary>
    Task<WorkspaceId?> GetConnectionWorkspaceAsync(ConnectionId connection, CancellationToken ct);

    Task<WorkspaceId?> GetFileWorkspaceAsync(FileId file, CancellationToken ct);

    /// <summary>The workspace an invitation belongs to, or null.</summary>
    Task<WorkspaceId?> GetInvitationWorkspaceAsync(Guid invitation, CancellationToken ct);

    /// <summary>A user's standing on a live project; null when the project does not exist (or was deleted).</summary>
    Task<ProjectAccessFacts?> GetProjectAccessAsync(ProjectId project, UserId user, CancellationToken ct);

    /// <summary>The connection a live block of a live project runs on, or null.</summary>
    Task<ConnectionId?> GetBlockConnectionAsync(ProjectId project, BlockId block, CancellationToken ct);

    Task<bool> IsAttachedAsync(ProjectId project, ConnectionId connection, CancellationToken ct);

    Task<bool> HasGrantAsync(ConnectionId connection, UserId user, CancellationToken ct);

    Task<ApiTokenFacts?> GetApiTokenAsync(ApiTokenId token, CancellationToken ct);
}
