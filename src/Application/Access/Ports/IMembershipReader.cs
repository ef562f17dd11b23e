using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Common;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Access.Ports;

/// <summary>The access module's read model (inline projections of workspace events).</summary>
public sealed record ProjectAccessFacts(WorkspaceId Workspace, WorkspaceRole? Role, ProjectAccess? Shared,
    ProjectAccess Default, bool Guest = false)
{
    public ProjectAccess Effective => ProjectAccessRules.Effective(Role, Shared, Default, Guest);
}

public interface IMembershipReader
{
    Task<WorkspaceRole?> GetRoleAsync(WorkspaceId workspace, UserId user, CancellationToken ct);

    Task<bool> WorkspaceExistsAsync(WorkspaceId workspace, CancellationToken ct);

    Task<WorkspaceDto?> GetWorkspaceAsync(WorkspaceId workspace, UserId viewer, CancellationToken ct);

    Task<Page<WorkspaceDto>> ListWorkspacesAsync(UserId member, int size, long offset, CancellationToken ct);

    Task<Page<MemberDto>> ListMembersAsync(WorkspaceId workspace, int size, long offset, CancellationToken ct);

    Task<MemberDto?> GetMemberAsync(WorkspaceId workspace, UserId user, CancellationToken ct);

    /// <summary>The workspace of a connection that has not been deleted, or null.</summary>
    Task<WorkspaceId?> GetConnectionWorkspaceAsync(ConnectionId connection, CancellationToken ct);

    Task<WorkspaceId?> GetFileWorkspaceAsync(FileId file, CancellationToken ct);

    /// <summary>What decides a user's level on a live project: its workspace, the user's role there, their share
    /// and the project's default; null when the project does not exist (or was deleted).</summary>
    Task<ProjectAccessFacts?> GetProjectAccessAsync(ProjectId project, UserId user, CancellationToken ct);

    Task<SsoSettingsDto?> GetSsoAsync(WorkspaceId workspace, CancellationToken ct);

    Task<SsoSettingsDto?> FindSsoByDomainAsync(string emailDomain, CancellationToken ct);

    Task<bool> IsSsoEnforcedForAsync(UserId user, CancellationToken ct);

    Task<int> GetMaxTokenLifetimeDaysAsync(WorkspaceId workspace, CancellationToken ct);

    Task<WorkspaceQuerySettings> GetQuerySettingsAsync(WorkspaceId workspace, CancellationToken ct);

    /// <summary>The connection a live block of a live project runs on, or null.</summary>
    Task<ConnectionId?> GetBlockConnectionAsync(ProjectId project, BlockId block, CancellationToken ct);

    Task<bool> IsAttachedAsync(ProjectId project, ConnectionId connection, CancellationToken ct);

    Task<bool> HasGrantAsync(ConnectionId connection, UserId user, CancellationToken ct);

    Task<Page<ConnectionGrantDto>> ListGrantsAsync(ConnectionId connection, int size, long offset, CancellationToken ct);
}
