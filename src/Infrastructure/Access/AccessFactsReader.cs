using Deepnote.Application.Access.Ports;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Deepnote.Infrastructure.Persistence;

namespace Deepnote.Infrastructure.Access;

/// <summary>The policy's facts, read from the access module's projections (and the ids of connections, files and
/// tokens that the other modules project).</summary>
internal sealed class AccessFactsReader(NpgsqlUnitOfWork uow) : IAccessFacts
{
    public async Task<WorkspaceRole?> GetRoleAsync(WorkspaceId workspace, UserId user, CancellationToken ct)
    {
        var role = await uow.QuerySingleAsync(
            "select role from workspace_members where workspace_id = $1 and user_id = $2", r => r.GetString(0), ct,
            workspace.Value, user.Value);
        return role is null ? null : Enum.Parse<WorkspaceRole>(role);
    }

    public async Task<bool> WorkspaceExistsAsync(WorkspaceId workspace, CancellationToken ct) =>
        await uow.QuerySingleAsync("select exists (select 1 from workspaces where workspace_id = $1)",
            r => r.GetBoolean(0), ct, workspace.Value);

    public async Task<WorkspaceId?> GetConnectionWorkspaceAsync(ConnectionId connection, CancellationToken ct)
    {
        var workspace = await uow.QuerySingleAsync<Guid?>(
            "select workspace_id from connections where connection_id = $1 and deleted_at is null",
            r => r.GetGuid(0), ct, connection.Value);
        return workspace is { } id ? new WorkspaceId(id) : null;
    }

    public async Task<IReadOnlyList<WorkspaceId>> ListMembershipsAsync(UserId user, CancellationToken ct) =>
        await uow.QueryAsync("select workspace_id from workspace_members where user_id = $1", r => new WorkspaceId(r.GetGuid(0)),
            ct, user.Value);

    public async Task<WorkspaceId?> GetInvitationWorkspaceAsync(Guid invitation, CancellationToken ct)
    {
        var workspace = await uow.QuerySingleAsync<Guid?>("select workspace_id from invitations where invitation_id = $1",
            r => r.GetGuid(0), ct, invitation);
        return workspace is { } id ? new WorkspaceId(id) : null;
    }

    public async Task<WorkspaceId?> GetFileWorkspaceAsync(FileId file, CancellationToken ct)
    {
        var workspace = await uow.QuerySingleAsync<Guid?>("select workspace_id from vault_files where file_id = $1",
            r => r.GetGuid(0), ct, file.Value);
        return workspace is { } id ? new WorkspaceId(id) : null;
    }

    public Task<ProjectAccessFacts?> GetProjectAccessAsync(ProjectId project, UserId user, CancellationToken ct) =>
        uow.QuerySingleAsync("""
            select p.workspace_id, m.role, s.access, p.default_access, coalesce(s.guest, false)
            from projects p
            left join workspace_members m on m.workspace_id = p.workspace_id and m.user_id = $2
            left join project_shares s on s.project_id = p.project_id and s.user_id = $2
            where p.project_id = $1 and p.deleted_at is null
            """, r => new ProjectAccessFacts(new WorkspaceId(r.GetGuid(0)),
                r.IsDBNull(1) ? null : Enum.Parse<WorkspaceRole>(r.GetString(1)),
                r.IsDBNull(2) ? null : Enum.Parse<ProjectAccess>(r.GetString(2)), Enum.Parse<ProjectAccess>(r.GetString(3)),
                r.GetBoolean(4)),
            ct, project.Value, user.Value);

    public Task<ConnectionId?> GetBlockConnectionAsync(ProjectId project, BlockId block, CancellationToken ct) =>
        uow.QuerySingleAsync<ConnectionId?>(
            "select connection_id from project_blocks where project_id = $1 and block_id = $2",
            r => new ConnectionId(r.GetGuid(0)), ct, project.Value, block.Value);

    public async Task<bool> IsAttachedAsync(ProjectId project, ConnectionId connection, CancellationToken ct) =>
        await uow.QuerySingleAsync(
            "select exists (select 1 from project_connections where project_id = $1 and connection_id = $2)",
            r => r.GetBoolean(0), ct, project.Value, connection.Value);

    public async Task<bool> HasGrantAsync(ConnectionId connection, UserId user, CancellationToken ct) =>
        await uow.QuerySingleAsync(
            "select exists (select 1 from connection_grants where connection_id = $1 and user_id = $2)",
            r => r.GetBoolean(0), ct, connection.Value, user.Value);

    public Task<ApiTokenFacts?> GetApiTokenAsync(ApiTokenId token, CancellationToken ct) =>
        uow.QuerySingleAsync("select workspace_id, owner_id from api_tokens where token_id = $1",
            r => new ApiTokenFacts(new WorkspaceId(r.GetGuid(0)), new UserId(r.GetGuid(1))), ct, token.Value);
}
