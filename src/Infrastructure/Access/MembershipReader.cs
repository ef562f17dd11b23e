using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Deepnote.Infrastructure.Persistence;
using Npgsql;

namespace Deepnote.Infrastructure.Access;

internal sealed class MembershipReader(NpgsqlUnitOfWork uow) : IMembershipReader
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

    public Task<WorkspaceDto?> GetWorkspaceAsync(WorkspaceId workspace, UserId viewer, CancellationToken ct) =>
        uow.QuerySingleAsync("""
            select w.workspace_id, w.name, w.created_at, m.role
            from workspaces w left join workspace_members m on m.workspace_id = w.workspace_id and m.user_id = $2
            where w.workspace_id = $1
            """, MapWorkspace, ct, workspace.Value, viewer.Value);

    public async Task<Page<WorkspaceDto>> ListWorkspacesAsync(UserId member, int size, long offset,
        CancellationToken ct) =>
        ToPage(await uow.QueryAsync("""
            select w.workspace_id, w.name, w.created_at, m.role, count(*) over ()
            from workspace_members m join workspaces w on w.workspace_id = m.workspace_id
            where m.user_id = $1
            order by lower(w.name), w.workspace_id
            limit $2 offset $3
            """, r => (MapWorkspace(r), r.GetInt64(4)), ct, member.Value, size + 1, offset), size, offset);

    public async Task<Page<MemberDto>> ListMembersAsync(WorkspaceId workspace, int size, long offset,
        CancellationToken ct) =>
        ToPage(await uow.QueryAsync("""
            select m.user_id, u.email, m.role, m.joined_at, count(*) over (),
                   array(select g.connection_id from connection_grants g
                         where g.workspace_id = m.workspace_id and g.user_id = m.user_id order by g.connection_id)
            from workspace_members m join users u on u.user_id = m.user_id
            where m.workspace_id = $1
            order by u.email
            limit $2 offset $3
            """, r => (MapMember(r) with { ConnectionGrants = r.GetFieldValue<Guid[]>(5).Select(g => new ConnectionId(g)).ToList() },
                r.GetInt64(4)), ct, workspace.Value, size + 1, offset), size, offset);

    public Task<MemberDto?> GetMemberAsync(WorkspaceId workspace, UserId user, CancellationToken ct) =>
        uow.QuerySingleAsync("""
            select m.user_id, u.email, m.role, m.joined_at
            from workspace_members m join users u on u.user_id = m.user_id
            where m.workspace_id = $1 and m.user_id = $2
            """, MapMember, ct, workspace.Value, user.Value);

    public async Task<WorkspaceId?> GetConnectionWorkspaceAsync(ConnectionId connection, CancellationToken ct)
    {
        var workspace = await uow.QuerySingleAsync<Guid?>(
            "select workspace_id from connections where connection_id = $1 and deleted_at is null",
            r => r.GetGuid(0), ct, connection.Value);
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

    private const string SsoColumns =
        "select workspace_id, issuer, client_id, client_secret_id, allowed_domains, default_role, enforce_sso from workspace_sso";

    public Task<SsoSettingsDto?> GetSsoAsync(WorkspaceId workspace, CancellationToken ct) =>
        uow.QuerySingleAsync($"{SsoColumns} where workspace_id = $1", MapSso, ct, workspace.Value);

    public Task<SsoSettingsDto?> FindSsoByDomainAsync(string emailDomain, CancellationToken ct) =>
        uow.QuerySingleAsync($"{SsoColumns} where $1 = any(allowed_domains) order by workspace_id limit 1", MapSso, ct, emailDomain);

    public async Task<bool> IsSsoEnforcedForAsync(UserId user, CancellationToken ct) =>
        await uow.QuerySingleAsync("""
            select exists (select 1 from workspace_members m join workspace_sso s on s.workspace_id = m.workspace_id
                           where m.user_id = $1 and s.enforce_sso)
            """, r => r.GetBoolean(0), ct, user.Value);

    private static SsoSettingsDto MapSso(NpgsqlDataReader r) => new(new WorkspaceId(r.GetGuid(0)), r.GetString(1), r.GetString(2),
        r.GetNullable<Guid?>(3), r.GetFieldValue<string[]>(4), Enum.Parse<WorkspaceRole>(r.GetString(5)), r.GetBoolean(6));

    public async Task<int> GetMaxTokenLifetimeDaysAsync(WorkspaceId workspace, CancellationToken ct) =>
        await uow.QuerySingleAsync<int?>("select max_token_lifetime_days from workspaces where workspace_id = $1",
            r => r.GetInt32(0), ct, workspace.Value) ?? Domain.Access.Workspaces.Workspace.DefaultMaxTokenLifetimeDays;

    public Task<ConnectionId?> GetBlockConnectionAsync(ProjectId project, BlockId block, CancellationToken ct) =>
        uow.QuerySingleAsync<ConnectionId?>(
            "select connection_id from project_blocks where project_id = $1 and block_id = $2",
            r => new ConnectionId(r.GetGuid(0)), ct, project.Value, block.Value);

    public async Task<bool> IsAttachedAsync(ProjectId project, ConnectionId connection, CancellationToken ct) =>
        await uow.QuerySingleAsync(
            "select exists (select 1 from project_connections where project_id = $1 and connection_id = $2)",
            r => r.GetBoolean(0), ct, project.Value, connection.Value);

    public async Task<WorkspaceQuerySettings> GetQuerySettingsAsync(WorkspaceId workspace, CancellationToken ct) =>
        await uow.QuerySingleAsync(
            "select query_timeout_seconds, query_max_rows, cache_max_ttl_seconds from workspaces where workspace_id = $1",
            r => new WorkspaceQuerySettings(r.GetNullable<int?>(0), r.GetNullable<int?>(1), r.GetNullable<int?>(2)),
            ct, workspace.Value) ?? WorkspaceQuerySettings.HostDefaults;

    public async Task<bool> HasGrantAsync(ConnectionId connection, UserId user, CancellationToken ct) =>
        await uow.QuerySingleAsync(
            "select exists (select 1 from connection_grants where connection_id = $1 and user_id = $2)",
            r => r.GetBoolean(0), ct, connection.Value, user.Value);

    public async Task<Page<ConnectionGrantDto>> ListGrantsAsync(ConnectionId connection, int size, long offset,
        CancellationToken ct) =>
        ToPage(await uow.QueryAsync("""
            select g.user_id, u.email, g.granted_at, count(*) over ()
            from connection_grants g join users u on u.user_id = g.user_id
            where g.connection_id = $1
            order by u.email
            limit $2 offset $3
            """, r => (new ConnectionGrantDto(new UserId(r.GetGuid(0)), r.GetString(1), r.GetFieldValue<DateTimeOffset>(2)),
                r.GetInt64(3)), ct, connection.Value, size + 1, offset), size, offset);

    private static WorkspaceDto MapWorkspace(NpgsqlDataReader r) =>
        new(new WorkspaceId(r.GetGuid(0)), r.GetString(1), r.GetFieldValue<DateTimeOffset>(2),
            r.IsDBNull(3) ? null : Enum.Parse<WorkspaceRole>(r.GetString(3)));

    private static MemberDto MapMember(NpgsqlDataReader r) =>
        new(new UserId(r.GetGuid(0)), r.GetString(1), Enum.Parse<WorkspaceRole>(r.GetString(2)),
            r.GetFieldValue<DateTimeOffset>(3));

    /// <summary>Rows were fetched with one extra to tell whether another page follows.</summary>
    private static Page<T> ToPage<T>(List<(T Node, long Total)> rows, int size, long offset)
    {
        var items = rows.Take(size)
            .Select((row, i) => new PageItem<T>(Paging.EncodeCursor(Paging.OffsetCursor, offset + i + 1), row.Node))
            .ToList();
        var total = rows.Count > 0 ? (int)rows[0].Total : 0;
        return new Page<T>(items, rows.Count > size, offset > 0, total);
    }
}
