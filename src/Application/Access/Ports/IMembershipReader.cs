using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Common;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Access.Ports;

/// <summary>The access module's read model (inline projections of workspace events).</summary>
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

    Task<bool> HasGrantAsync(ConnectionId connection, UserId user, CancellationToken ct);

    Task<Page<ConnectionGrantDto>> ListGrantsAsync(ConnectionId connection, int size, long offset, CancellationToken ct);
}
