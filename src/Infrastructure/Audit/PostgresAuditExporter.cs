using System.Runtime.CompilerServices;
using Deepnote.Application.Audit.Contracts;
using Deepnote.Application.Audit.Ports;
using Deepnote.Infrastructure.Persistence;
using Npgsql;

namespace Deepnote.Infrastructure.Audit;

/// <summary>One query, read row by row on a connection of its own, so memory stays flat however long the chain.
/// The exported positions are contiguous (from the first event recorded at or after <c>from</c> to the last at or
/// before <c>to</c>): events in between that are outside the types or times asked for become stubs, so that the
/// chain verifies offline even if two nodes' clocks disagreed a little. A person or resource filter stubs the others
/// the same way.</summary>
internal sealed class PostgresAuditExporter(NpgsqlDataSource dataSource) : IAuditExporter
{
    public async IAsyncEnumerable<ExportedEvent> ReadAsync(Guid chainId, AuditFilter filter, long upToPosition,
        [EnumeratorCancellation] CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        // One snapshot for the whole export, and no server-side statement timeout: the client sets the pace, and
        // Kestrel drops one that stops reading (which cancels the statement).
        await using var tx = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        await using (var unbounded = connection.Command(tx, "set local statement_timeout = 0"))
        {
            await unbounded.ExecuteNonQueryAsync(ct);
        }

        await using var command = connection.Command(tx, """
            with bounds as (
                select coalesce((select chain_position from event_chain
                                 where chain_id = $1 and ($2::timestamptz is null or recorded_at >= $2)
                                 order by chain_position limit 1), 9223372036854775807) as first,
                       least($4, coalesce((select chain_position from event_chain
                                           where chain_id = $1 and ($3::timestamptz is null or recorded_at <= $3)
                                           order by chain_position desc limit 1), 0)) as last)
            select c.seq_id, c.chain_position, e.stream_id, e.version, e.type, e.timestamp, e.data::text,
                   c.metadata::text, c.envelope, c.previous_hash, c.hash,
                   ($5::text[] is null or c.event_type = any($5))
                   and ($2::timestamptz is null or c.recorded_at >= $2) and ($3::timestamptz is null or c.recorded_at <= $3)
                   and ($6::uuid is null or coalesce(c.actor_id = $6, false)) and ($7::uuid is null or coalesce(c.stream_id = $7, false))
            from bounds b
            join event_chain c on c.chain_id = $1 and c.chain_position between b.first and b.last
            join mt_events e on e.seq_id = c.seq_id
            order by c.chain_position
            """, chainId, filter.From?.ToUniversalTime(), filter.To?.ToUniversalTime(), upToPosition, filter.Types?.ToArray(),
            filter.ActorId, filter.StreamId);
        command.CommandTimeout = 0;
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            yield return new ExportedEvent(reader.GetInt64(0), chainId, reader.GetInt64(1), reader.GetGuid(2),
                reader.GetInt64(3), reader.GetString(4), reader.GetFieldValue<DateTimeOffset>(5), reader.GetString(6),
                reader.GetNullable<string>(7), reader.GetInt16(8), reader.GetString(9), reader.GetString(10),
                reader.GetBoolean(11));
        }
    }
}
