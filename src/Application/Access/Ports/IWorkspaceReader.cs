using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Common;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Deepnote.Application.Access.Contracts.CreateWorkspaceForOwner;
using Deepnote.Application.Access.Contracts.FindSsoWorkspace;
using Deepnote.Application.Access.Contracts.GetMyRole;
using Deepnote.Application.Access.Contracts.GetSsoSettings;
using Deepnote.Application.Access.Contracts.GetTokenLifetimeCap;
using Deepnote.Application.Access.Contracts.GetWorkspaceQuerySettings;
using Deepnote.Application.Access.Contracts.IsSsoEnforced;
using Deepnote.Application.Access.Contracts.JoinThroughSso;
using Deepnote.Application.Access.Contracts.PrepareRun;

namespace Deepnote.Application.Access.Ports;

/// <summary>Workspaces and their members, as people see them.</summary>
public interface IWorkspaceReader
{
    Task<WorkspaceDto?> GetWorkspaceAsync(WorkspaceId workspace, UserId viewer, CancellationToken ct);

    Task<Page<WorkspaceDto>> ListWorkspacesAsync(UserId member, int size, long offset, CancellationToken ct);

    Task<Page<MemberDto>> ListMembersAsync(WorkspaceId workspace, int size, long offset, CancellationToken ct);

    Task<MemberDto?> GetMemberAsync(WorkspaceId workspace, UserId user, CancellationToken ct);
}
