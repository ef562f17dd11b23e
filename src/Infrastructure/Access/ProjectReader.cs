using Deepnote.Application.Access.Ports;
using Deepnote.Application.Access.Projects;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Deepnote.Infrastructure.Persistence;

namespace Deepnote.Infrastructure.Access;

internal sealed class ProjectReader(NpgsqlUnitOfWork uow) : IProjectReader, IRunContextReader
{
    public Task<ProjectDto?> GetAsync(ProjectId project, ProjectAccess myAccess, CancellationToken ct) =>
        uow.QuerySingleAsync("""
            select project_id, workspace_id, name, default_access, created_at, use_cache from projects
            where project_id = $1 and deleted_at is null
            """, r => new ProjectDto(new ProjectId(r.GetGuid(0)), new WorkspaceId(r.GetGuid(1)), r.GetString(2),
                Enum.Parse<ProjectAccess>(r.GetString(3)), myAccess, r.GetFieldValue<DateTimeOffset>(4), r.GetBoolean(5)),
            ct, project.Value);

    public Task<Application.Access.Contracts.RunContext?> GetRunContextAsync(ProjectId project, BlockId? block,
        CancellationToken ct) =>
        uow.QuerySingleAsync("""
            select p.workspace_id, p.use_cache, b.connection_id, b.sql,
                   w.query_timeout_seconds, w.query_max_rows, w.cache_max_ttl_seconds
            from projects p
            join workspaces w on w.workspace_id = p.workspace_id
            left join project_blocks b on b.project_id = p.project_id and b.block_id = $2
            where p.project_id = $1 and p.deleted_at is null
            """, r => new Application.Access.Contracts.RunContext(new WorkspaceId(r.GetGuid(0)), r.GetBoolean(1),
                r.IsDBNull(2) ? null : new ConnectionId(r.GetGuid(2)), r.IsDBNull(3) ? null : r.GetString(3),
                new Application.Access.Contracts.WorkspaceQuerySettings(r.GetNullable<int?>(4), r.GetNullable<int?>(5),
                    r.GetNullable<int?>(6))),
            ct, project.Value, block?.Value);

    public async Task<IReadOnlyList<ProjectDto>> ListAsync(WorkspaceId workspace, UserId user, CancellationToken ct)
    {
        var rows = await uow.QueryAsync("""
            select p.project_id, p.workspace_id, p.name, p.default_access, p.created_at, m.role, s.access
            from projects p
            left join workspace_members m on m.workspace_id = p.workspace_id and m.user_id = $2
            left join project_shares s on s.project_id = p.project_id and s.user_id = $2
            where p.workspace_id = $1 and p.deleted_at is null
            order by lower(p.name), p.project_id
            """, r =>
        {
            var defaultAccess = Enum.Parse<ProjectAccess>(r.GetString(3));
            var effective = ProjectAccessRules.Effective(r.IsDBNull(5) ? null : Enum.Parse<WorkspaceRole>(r.GetString(5)),
                r.IsDBNull(6) ? null : Enum.Parse<ProjectAccess>(r.GetString(6)), defaultAccess);
            return new ProjectDto(new ProjectId(r.GetGuid(0)), new WorkspaceId(r.GetGuid(1)), r.GetString(2), defaultAccess,
                effective, r.GetFieldValue<DateTimeOffset>(4));
        }, ct, workspace.Value, user.Value);
        return rows.Where(p => p.MyAccess > ProjectAccess.None).ToList();
    }

    public async Task<IReadOnlyList<ProjectId>> ListSharedWithAsync(WorkspaceId workspace, UserId user, CancellationToken ct) =>
        await uow.QueryAsync("""
            select p.project_id from project_shares s join projects p on p.project_id = s.project_id
            where p.workspace_id = $1 and s.user_id = $2 and p.deleted_at is null
            """, r => new ProjectId(r.GetGuid(0)), ct, workspace.Value, user.Value);

    public async Task<IReadOnlyList<ProjectDto>> ListGuestProjectsAsync(UserId user, CancellationToken ct) =>
        await uow.QueryAsync("""
            select p.project_id, p.workspace_id, p.name, p.default_access, p.created_at, s.access
            from project_shares s join projects p on p.project_id = s.project_id
            where s.user_id = $1 and s.guest and p.deleted_at is null
              and not exists (select 1 from workspace_members m where m.workspace_id = p.workspace_id and m.user_id = $1)
            order by lower(p.name)
            """, r => new ProjectDto(new ProjectId(r.GetGuid(0)), new WorkspaceId(r.GetGuid(1)), r.GetString(2),
                Enum.Parse<ProjectAccess>(r.GetString(3)),
                ProjectAccessRules.Effective(null, Enum.Parse<ProjectAccess>(r.GetString(5)), ProjectAccess.None, guest: true),
                r.GetFieldValue<DateTimeOffset>(4)), ct, user.Value);

    public async Task<IReadOnlyList<ProjectBlockDto>> BlocksAsync(ProjectId project, CancellationToken ct) =>
        await uow.QueryAsync("select block_id, connection_id, sql, position from project_blocks where project_id = $1 order by position",
            r => new ProjectBlockDto(new BlockId(r.GetGuid(0)), new ConnectionId(r.GetGuid(1)), r.GetString(2), r.GetInt32(3)),
            ct, project.Value);

    public async Task<IReadOnlyList<ProjectShareDto>> SharesAsync(ProjectId project, CancellationToken ct) =>
        await uow.QueryAsync("""
            select s.user_id, u.email, s.access from project_shares s join users u on u.user_id = s.user_id
            where s.project_id = $1 order by u.email
            """, r => new ProjectShareDto(new UserId(r.GetGuid(0)), r.GetString(1), Enum.Parse<ProjectAccess>(r.GetString(2))),
            ct, project.Value);
}
