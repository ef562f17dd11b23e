using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Ports;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Deepnote.Infrastructure.Persistence;
using Npgsql;

namespace Deepnote.Infrastructure.Access;

internal sealed class InvitationReader(NpgsqlUnitOfWork uow, TimeProvider clock) : IInvitationReader
{
    private const string Columns = """
        select i.invitation_id, coalesce(i.email, a.email, '(address erased)'), i.workspace_id, w.name, i.role,
               i.project_id, p.name, i.access,
               case when i.status = 'PENDING' and i.expires_at <= $1 then 'EXPIRED' else i.status end, u.email, i.expires_at
        from invitations i
        join workspaces w on w.workspace_id = i.workspace_id
        left join personal_addresses a on a.address_id = i.address_id
        left join projects p on p.project_id = i.project_id
        left join users u on u.user_id = i.invited_by
        """;

    private const int MaxListed = 200;

    public Task<InvitationDto?> GetAsync(Guid invitation, CancellationToken ct) =>
        uow.QuerySingleAsync($"{Columns} where i.invitation_id = $2", Map, ct, clock.GetUtcNow(), invitation);

    public async Task<IReadOnlyList<InvitationDto>> ListPendingForEmailAsync(string email, CancellationToken ct) =>
        await uow.QueryAsync($"""
            {Columns}
            where (i.email = $2 or i.address_id = (select address_id from personal_addresses where email = $2))
              and i.status = 'PENDING' and i.expires_at > $1
            order by i.created_at desc limit {MaxListed}
            """, Map, ct, clock.GetUtcNow(), email);

    public async Task<IReadOnlyList<InvitationDto>> ListPendingForWorkspaceAsync(WorkspaceId workspace, CancellationToken ct) =>
        await uow.QueryAsync($"""
            {Columns} where i.workspace_id = $2 and i.status = 'PENDING' and i.expires_at > $1
            order by i.created_at desc limit {MaxListed}
            """, Map, ct, clock.GetUtcNow(), workspace.Value);

    private static InvitationDto Map(NpgsqlDataReader r) => new(r.GetGuid(0), r.GetString(1), new WorkspaceId(r.GetGuid(2)),
        r.GetString(3), r.IsDBNull(4) ? null : Enum.Parse<WorkspaceRole>(r.GetString(4)),
        r.IsDBNull(5) ? null : new ProjectId(r.GetGuid(5)), r.IsDBNull(6) ? null : r.GetString(6),
        r.IsDBNull(7) ? null : Enum.Parse<ProjectAccess>(r.GetString(7)), Enum.Parse<InvitationStatus>(r.GetString(8), ignoreCase: true),
        r.IsDBNull(9) ? null : r.GetString(9), r.GetFieldValue<DateTimeOffset>(10));
}
