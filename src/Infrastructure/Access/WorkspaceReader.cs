using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Deepnote.Infrastructure.Persistence;
using Npgsql;

namespace Deepnote.Infrastructure.Access;

internal sealed class WorkspaceReader(NpgsqlUnitOfWork uow) : IWorkspaceReader
{
    public Task<WorkspaceDto?> GetWorkspaceAsync(WorkspaceId workspace, UserId viewer, CancellationToken ct) =>
        uow.QuerySingleAsync("""
            select w.workspace_id, w.name, w.created_at, m.role
            from workspaces w left join workspace_members m on m.workspace_id = w.workspace_id and m.user_id = $2
            where w.workspace_id = $1
            """, MapWorkspace, ct, workspace.Value, viewer.Value);

    public async Task<Page<WorkspaceDto>> ListWorkspacesAsync(UserId member, int size, long offset,
        CancellationToken ct) =>
        Paging.ToPage(await uow.QueryAsync("""
            select w.workspace_id, w.name, w.created_at, m.role, count(*) over ()
            from workspace_members m join workspaces w on w.workspace_id = m.workspace_id
            where m.user_id = $1
            order by lower(w.name), w.workspace_id
            limit $2 offset $3
            """, r => (MapWorkspace(r), r.GetInt64(4)), ct, member.Value, size + 1, offset), size, offset);

    public async Task<Page<MemberDto>> ListMembersAsync(WorkspaceId workspace, int size, long offset,
        CancellationToken ct) =>
        Paging.ToPage(await uow.QueryAsync("""
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

    private static WorkspaceDto MapWorkspace(NpgsqlDataReader r) =>
        new(new WorkspaceId(r.GetGuid(0)), r.GetString(1), r.GetFieldValue<DateTimeOffset>(2),
            r.IsDBNull(3) ? null : Enum.Parse<WorkspaceRole>(r.GetString(3)));

    private static MemberDto MapMember(NpgsqlDataReader r) =>
        new(new UserId(r.GetGuid(0)), r.GetString(1), Enum.Parse<WorkspaceRole>(r.GetString(2)),
            r.GetFieldValue<DateTimeOffset>(3));
}
