using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Common;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Access.Ports;

/// <summary>Workspaces and their members, as people see them.</summary>
public interface IWorkspaceReader
{
    Task<WorkspaceDto?> GetWorkspaceAsync(WorkspaceId workspace, UserId viewer, CancellationToken ct);

    Task<Page<WorkspaceDto>> ListWorkspacesAsync(UserId member, int size, long offset, CancellationToken ct);

    Task<Page<MemberDto>> ListMembersAsync(WorkspaceId workspace, int size, long offset, CancellationToken ct);

    Task<MemberDto?> GetMemberAsync(WorkspaceId workspace, UserId user, CancellationToken ct);
}
