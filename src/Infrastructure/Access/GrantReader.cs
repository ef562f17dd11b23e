using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common;
using Deepnote.Domain.SharedKernel;
using Deepnote.Infrastructure.Persistence;

namespace Deepnote.Infrastructure.Access;

internal sealed class GrantReader(NpgsqlUnitOfWork uow) : IGrantReader
{
    public async Task<Page<ConnectionGrantDto>> ListGrantsAsync(ConnectionId connection, int size, long offset,
        CancellationToken ct) =>
        Paging.ToPage(await uow.QueryAsync("""
            select g.user_id, u.email, g.granted_at, count(*) over ()
            from connection_grants g join users u on u.user_id = g.user_id
            where g.connection_id = $1
            order by u.email
            limit $2 offset $3
            """, r => (new ConnectionGrantDto(new UserId(r.GetGuid(0)), r.GetString(1), r.GetFieldValue<DateTimeOffset>(2)),
                r.GetInt64(3)), ct, connection.Value, size + 1, offset), size, offset);
}
