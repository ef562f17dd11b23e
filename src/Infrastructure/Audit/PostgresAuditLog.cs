using System.Data;
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

internal sealed class PostgresAuditLog(NpgsqlUnitOfWork uow, NpgsqlDataSource dataSource) : IAuditLog
{
    public async Task<Page<AuditEventDto>> QueryAsync(Guid chainId, AuditFilter filter, long? beforeSequence, int size,
        CancellationToken ct)
    {
        // Shown: the hashed originals (Marten's row, the chain row's metadata). Filtered: the chain row's indexed
        // copies, which verification holds equal to the originals.
        var sql = new StringBuilder("""
            select e.seq_id, e.type, e.timestamp, u.email, e.stream_id, e.version, e.data::text, c.metadata::text,
                   c.hash, c.previous_hash, c.chain_id, c.chain_position, c.envelope
            from event_chain c
            join mt_events e on e.seq_id = c.seq_id
            left join users u on u.user_id = case when c.metadata ->> 'actorId' ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
                                                  then (c.metadata ->> 'actorId')::uuid end
            where c.chain_id = $1
            """);
        var values = new List<object?> { chainId };
        void Where(string clause, object value)
        {
            values.Add(value);
            sql.Append(" and ").Append(clause.Replace("@", "$" + values.Count));
        }

        if (beforeSequence is { } before) Where("c.seq_id < @", before);
        if (filter.ActorId is { } actorId) Where("c.actor_id = @", actorId);
        if (filter.Types is { Count: > 0 } types) Where("c.event_type = any(@)", types.ToArray());
        if (filter.StreamId is { } streamId) Where("c.stream_id = @", streamId);
        if (filter.From is { } from) Where("c.recorded_at >= @", from.ToUniversalTime());
        if (filter.To is { } to) Where("c.recorded_at <= @", to.ToUniversalTime());
        values.Add(size + 1);
        sql.Append(" order by c.seq_id desc limit $").Append(values.Count);

        var rows = await WithPeopleAsync((await uow.QueryAsync(sql.ToString(), Map, ct, values.ToArray())).ToList(), ct);
        var items = rows.Take(size)
            .Select(e => new PageItem<AuditEventDto>(Paging.EncodeCursor(GetAuditEventsQuery.CursorKind, e.Sequence), e))
            .ToList();
        return new Page<AuditEventDto>(items, rows.Count > size, beforeSequence is not null, null);
    }

    /// <summary>Streams the chain in sequence order, recomputing each hash; memory stays flat however long the chain,
    /// and the cost follows the chain's events, not the whole log's (every chain shares one event table).
    /// An event of the chain's streams that is not in the chain (inserted into Marten's table behind the store's back,
    /// so it has no chain row, or whose chain row was moved to another chain) breaks the chain where it stands; a chain
    /// row moved here from another chain breaks it by its hash. The chain row's copies of what the audit log shows and
    /// filters on (stream, type, time, actor) must equal the hashed originals.</summary>
    public async Task<ChainVerification> VerifyAsync(Guid chainId, AuditCheckpoint? checkpoint, bool signatureValid,
        CancellationToken ct)
    {
        // One snapshot for every statement: events appended while a long chain is read cannot leave the head ahead of
        // the walk. Its own connection, so that the settings below end with it.
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);

        // A long chain takes longer than a request's 30 s statement bound: 10 minutes cover ~100 million events.
        // Index lookups only and no parallel workers: the planner cannot know how few of the log's events a chain's
        // streams hold, and with hash or merge joins, or a parallel scan, it would read the whole log to verify a
        // small workspace.
        await using (var bound = connection.Command(tx, """
            set local statement_timeout = '10min'; set local enable_hashjoin = off; set local enable_mergejoin = off;
            set local enable_seqscan = off; set local max_parallel_workers_per_gather = 0; set local jit = off;
            """))
        {
            await bound.ExecuteNonQueryAsync(ct);
        }

        var verifier = new ChainVerifier(chainId, checkpoint, signatureValid);
        var streamEvents = await ScalarAsync(connection, tx, """
            select count(*) from (select stream_id from stream_chains where chain_id = $1 offset 0) s
            cross join lateral (select from mt_events m where m.stream_id = s.stream_id offset 0) m
            """, chainId, ct);

        // The chain's rows in its index's order, each with its event: two index lookups a row, no sort.
        long walked = 0;
        await using (var command = connection.Command(tx, """
            select e.seq_id, e.stream_id, e.version, c.chain_position, e.type, e.data, c.metadata,
                   e.timestamp, c.envelope, c.previous_hash, c.hash,
                   c.stream_id = e.stream_id and c.event_type is not distinct from e.type
                   and c.recorded_at is not distinct from e.timestamp
                   and c.actor_id::text is not distinct from c.metadata ->> 'actorId'
            from event_chain c join mt_events e on e.seq_id = c.seq_id
            where c.chain_id = $1
            order by c.chain_id, c.seq_id
            """, chainId))
        {
            command.CommandTimeout = 0;
            byte[] data = new byte[4096], metadata = new byte[1024], previous = new byte[65], hash = new byte[65];
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                walked++;
                // jsonb as the JSON text on the wire, into buffers reused row after row, canonicalised as it stands:
                // no document, no string, no allocation per row for the event's content. A null where the schema
                // forbids one (an operator's edit) fails the event's check rather than the verification.
                var dataLength = JsonbText(reader, 5, ref data);
                var metadataLength = reader.IsDBNull(6) ? -1 : JsonbText(reader, 6, ref metadata);
                verifier.Check(new StoredChainEntry(reader.GetInt64(0), reader.GetGuid(1), reader.GetInt64(2), chainId,
                    reader.GetNullable<long?>(3) ?? 0, reader.GetString(4), data.AsSpan(1, dataLength),
                    metadataLength < 0 ? "null"u8 : metadata.AsSpan(1, metadataLength),
                    reader.GetFieldValue<DateTimeOffset>(7), reader.GetNullable<short?>(8) ?? 0),
                    HexText(reader, 9, previous), HexText(reader, 10, hash), reader.GetNullable<bool?>(11) ?? false);
            }
        }

        // An intact chain has one row for each event of its streams. Otherwise the events outside the chain are looked
        // for one by one (stream by stream, fenced from walking the whole log), to report the first of them.
        if (walked != streamEvents || verifier.Broken)
        {
            await using var unchained = connection.Command(tx, """
                select min(u.seq_id), count(*)
                from (select stream_id from stream_chains where chain_id = $1 offset 0) s
                cross join lateral (select m.seq_id from mt_events m where m.stream_id = s.stream_id
                                    and not exists (select from event_chain c where c.seq_id = m.seq_id and c.chain_id = $1)
                                    offset 0) u
                """, chainId);
            unchained.CommandTimeout = 0;
            await using var reader = await unchained.ExecuteReaderAsync(ct);
            if (await reader.ReadAsync(ct) && !reader.IsDBNull(0)) verifier.Unchained(reader.GetInt64(0), reader.GetInt64(1));
        }

        await using var head = connection.Command(tx, "select position, hash from chain_heads where chain_id = $1",
            chainId);
        await using var headReader = await head.ExecuteReaderAsync(ct);
        return await headReader.ReadAsync(ct)
            ? verifier.Finish(headReader.GetInt64(0), headReader.GetString(1))
            : verifier.Finish(0, ChainHasher.GenesisHash);
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, NpgsqlTransaction tx, string sql, Guid chainId,
        CancellationToken ct)
    {
        await using var command = connection.Command(tx, sql, chainId);
        command.CommandTimeout = 0;
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>A hash column's text as UTF-8 bytes into <paramref name="buffer"/> (65 bytes: one more than a hash, so
    /// that a longer text cannot pass for one), or nothing for a null.</summary>
    private static ReadOnlySpan<byte> HexText(NpgsqlDataReader reader, int ordinal, byte[] buffer) =>
        reader.IsDBNull(ordinal) ? default : buffer.AsSpan(0, (int)reader.GetBytes(ordinal, 0, buffer, 0, buffer.Length));

    /// <summary>A jsonb column as on the wire (a version byte, then the JSON text) into <paramref name="buffer"/>, grown
    /// when it is too small; returns the text's length (it starts at index 1).</summary>
    private static int JsonbText(NpgsqlDataReader reader, int ordinal, ref byte[] buffer)
    {
        var length = (int)reader.GetBytes(ordinal, 0, null, 0, 0);
        if (length > buffer.Length) buffer = new byte[Math.Max(length, buffer.Length * 2)];
        if (reader.GetBytes(ordinal, 0, buffer, 0, length) != length) throw new InvalidOperationException("A jsonb value was cut short.");
        if (length == 0 || buffer[0] != 1) throw new InvalidOperationException("Unknown jsonb wire format version.");
        return length - 1;
    }

    /// <summary>Resolves every id in the page's event data that is an account or a directory address to its e-mail
    /// now (one query a page): events name people by id only, so that their addresses stay erasable.</summary>
    private async Task<List<AuditEventDto>> WithPeopleAsync(List<AuditEventDto> page, CancellationToken ct)
    {
        var named = page.ToDictionary(e => e.Sequence, e => NamedIds(e.Data));
        var ids = named.Values.SelectMany(v => v).Distinct().ToArray();
        if (ids.Length == 0) return page;
        var people = (await uow.QueryAsync("""
                select user_id, 'user', email from users where user_id = any($1)
                union all
                select address_id, 'address', email from personal_addresses where address_id = any($1)
                """, r => new AuditPerson(r.GetGuid(0), r.GetString(1), r.GetString(2)), ct, ids))
            .GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First());
        return page.Select(e => e with
        {
            People = named[e.Sequence].Where(people.ContainsKey).Select(id => people[id]).ToList(),
        }).ToList();
    }

    private static List<Guid> NamedIds(JsonElement data) =>
        data.ValueKind != JsonValueKind.Object ? [] : data.EnumerateObject()
            .Select(p => p.Value.ValueKind == JsonValueKind.String && Guid.TryParse(p.Value.GetString(), out var id) ? id : Guid.Empty)
            .Where(id => id != Guid.Empty).Distinct().ToList();

    private static AuditEventDto Map(NpgsqlDataReader r)
    {
        using var data = JsonDocument.Parse(r.GetString(6));
        using var metadata = JsonDocument.Parse(r.GetNullable<string>(7) ?? "null");
        var m = metadata.RootElement;
        string? Text(string name) =>
            m.ValueKind == JsonValueKind.Object && m.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
                ? v.GetString() : null;
        Guid? Id(string name) => Guid.TryParse(Text(name), out var id) ? id : null;
        return new AuditEventDto(r.GetInt64(0), r.GetString(1), r.GetFieldValue<DateTimeOffset>(2),
            new AuditActor(Id("actorId"), Text("actorKind") ?? "Anonymous", r.GetNullable<string>(3), Id("apiTokenId")),
            r.GetGuid(4), r.GetInt64(5), data.RootElement.Clone(), Text("ipAddress"), Text("userAgent"),
            Text("correlationId"), r.GetString(8), r.GetString(9), r.GetGuid(10), r.GetInt64(11), r.GetInt16(12),
            m.Clone());
    }
}
