using Deepnote.Application.Audit.Contracts;
using Deepnote.Application.Audit.Ports;
using Deepnote.Infrastructure.Audit.Projections;
using Deepnote.Infrastructure.Persistence;

namespace Deepnote.Infrastructure.Audit;

internal sealed class AuditActivityReader(NpgsqlUnitOfWork uow) : IAuditActivityReader
{
    public async Task<AuditActivityDto> ReadAsync(Guid chainId, DateOnly since, CancellationToken ct)
    {
        var counts = await uow.QueryAsync("""
            select day, event_type, events from audit_activity
            where chain_id = $1 and day >= $2 order by day desc, event_type
            """, r => new AuditActivityCount(r.GetFieldValue<DateOnly>(0), r.GetString(1), r.GetInt64(2)), ct, chainId, since);
        // Marten's daemon records how far each async projection got ("<Name>:All"); the answer is this workspace's
        // newest counted event, never another workspace's.
        var through = await uow.QueryAsync("""
            select c.recorded_at from event_chain c
            where c.chain_id = $1
              and c.seq_id <= (select last_seq_id from mt_event_progression where name = $2)
            order by c.seq_id desc limit 1
            """, r => r.GetFieldValue<DateTimeOffset>(0), ct, chainId, AuditActivityProjection.ProjectionName + ":All");
        return new AuditActivityDto(counts, through.Count > 0 ? through[0] : null);
    }
}
