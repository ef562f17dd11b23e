using System.Text;
using System.Text.Json;
using Deepnote.Application.Audit.Contracts;
using Deepnote.Application.Audit.Events.GetAuditEvents;
using Deepnote.Application.Audit.Ports;
using Deepnote.Application.Common;
using Deepnote.Infrastructure.EventStore;
using Deepnote.Infrastructure.Persistence;
using Npgsql;

namespace Deepnote.Infrastructure.Audit;

internal sealed class PostgresAuditLog(NpgsqlUnitOfWork uow) : IAuditLog
{
    public async Task<Page<AuditEventDto>> QueryAsync(Guid chainId, AuditFilter filter, long? beforeSequence, int size,
        CancellationToken ct)
    {
        var sql = new StringBuilder("""
            select e.sequence, e.event_type, e.recorded_at, e.actor_id, e.metadata ->> 'actorKind', u.email,
                   e.stream_id, e.stream_version, e.data::text, e.metadata ->> 'ipAddress',
                   e.metadata ->> 'userAgent', e.metadata ->> 'correlationId', e.hash, e.previous_hash,
                   (e.metadata ->> 'apiTokenId')::uuid
            from events e left join users u on u.user_id = e.actor_id
            where e.chain_id = $1
            """);
        var values = new List<object?> { chainId };
        void Where(string clause, object value)
        {
            values.Add(value);
            sql.Append(" and ").Append(clause.Replace("@", "$" + values.Count));
        }

        if (beforeSequence is { } before) Where("e.sequence < @", before);
        if (filter.ActorId is { } actorId) Where("e.actor_id = @", actorId);
        if (filter.Types is { Count: > 0 } types) Where("e.event_type = any(@)", types.ToArray());
        if (filter.StreamId is { } streamId) Where("e.stream_id = @", streamId);
        if (filter.From is { } from) Where("e.recorded_at >= @", from.ToUniversalTime());
        if (filter.To is { } to) Where("e.recorded_at <= @", to.ToUniversalTime());
        values.Add(size + 1);
        sql.Append(" order by e.sequence desc limit $").Append(values.Count);

        var rows = await uow.QueryAsync(sql.ToString(), Map, ct, values.ToArray());
        var items = rows.Take(size)
            .Select(e => new PageItem<AuditEventDto>(Paging.EncodeCursor(GetAuditEventsQuery.CursorKind, e.Sequence), e))
            .ToList();
        return new Page<AuditEventDto>(items, rows.Count > size, beforeSequence is not null, null);
    }

    /// <summary>Streams the chain in sequence order, recomputing each hash; memory stays flat however long the chain.
    /// It walks every event of the chain's streams, not only the chained ones, so that an event inserted into
    /// Marten's table behind the store's back (it has no chain row) breaks the chain where it stands, and so does a
    /// chain row moved here from another chain. The chain row's copies of what the audit log shows and filters on
    /// (chain, stream, type, time, actor) must equal the hashed originals.</summary>
    public Task<ChainVerification> VerifyAsync(Guid chainId, CancellationToken ct) =>
        uow.ExecuteAsync(async (connection, tx) =>
        {
            await using var command = connection.Command(tx, """
                select e.seq_id, e.stream_id, e.version, c.chain_position, e.type, e.data::text, c.metadata::text,
                       e.timestamp, c.envelope, c.previous_hash, c.hash,
                       c.chain_id = $1 and c.stream_id = e.stream_id
                       and c.event_type is not distinct from e.type and c.recorded_at is not distinct from e.timestamp
                       and c.actor_id::text is not distinct from c.metadata ->> 'actorId'
                from mt_events e left join event_chain c on c.seq_id = e.seq_id
                where e.stream_id in (select stream_id from stream_chains where chain_id = $1)
                   or e.seq_id in (select seq_id from event_chain where chain_id = $1)
                order by e.seq_id
                """, chainId);
            var verifier = new ChainVerifier(chainId);
            await using (var reader = await command.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    using var data = JsonDocument.Parse(reader.GetString(5));
                    using var metadata = JsonDocument.Parse(reader.GetNullable<string>(6) ?? "null");
                    verifier.Check(new ChainEntry(reader.GetInt64(0), reader.GetGuid(1), reader.GetInt64(2), chainId,
                        reader.GetNullable<long?>(3) ?? 0, reader.GetString(4), data.RootElement, metadata.RootElement,
                        reader.GetFieldValue<DateTimeOffset>(7), reader.GetNullable<short?>(8) ?? 0),
                        reader.GetNullable<string>(9) ?? "", reader.GetNullable<string>(10) ?? "",
                        reader.GetNullable<bool?>(11) ?? false);
                }
            }

            await using var head = connection.Command(tx, "select position, hash from chain_heads where chain_id = $1",
                chainId);
            await using var headReader = await head.ExecuteReaderAsync(ct);
            return await headReader.ReadAsync(ct)
                ? verifier.Finish(headReader.GetInt64(0), headReader.GetString(1))
                : verifier.Finish(0, ChainHasher.GenesisHash);
        }, ct);

    private static AuditEventDto Map(NpgsqlDataReader r)
    {
        using var data = JsonDocument.Parse(r.GetString(8));
        var actorKind = r.GetNullable<string>(4) ?? "Anonymous";
        return new AuditEventDto(r.GetInt64(0), r.GetString(1), r.GetFieldValue<DateTimeOffset>(2),
            new AuditActor(r.GetNullable<Guid?>(3), actorKind.ToUpperInvariant(), r.GetNullable<string>(5), r.GetNullable<Guid?>(14)),
            r.GetGuid(6), r.GetInt64(7), data.RootElement.Clone(), r.GetNullable<string>(9), r.GetNullable<string>(10),
            r.GetNullable<string>(11), r.GetString(12), r.GetString(13));
    }
}
