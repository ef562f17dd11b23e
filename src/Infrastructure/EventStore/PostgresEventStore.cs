using System.Text.Json;
using Deepnote.Application.Abstractions;
using Deepnote.Domain.SharedKernel;
using Deepnote.Infrastructure.Persistence;
using Npgsql;
using NpgsqlTypes;

namespace Deepnote.Infrastructure.EventStore;

/// <summary>
/// The event store on PostgreSQL (docs/decisions/002-event-store.md). An append, in the caller's transaction:
/// (1) lock the chain head, check and bump the stream version and draw global sequences, in one round trip;
/// (2) hash each event onto the chain, insert them, move the chain head and run the inline projections, in a
/// second. The chain-head row lock serialises writers per workspace until commit.
/// </summary>
public sealed class PostgresEventStore(NpgsqlUnitOfWork uow, ICurrentActor actor,
    IEnumerable<IInlineProjection> projections, TimeProvider clock) : IEventStore
{
    private readonly IInlineProjection[] _projections = projections.ToArray();

    public async Task SaveAsync(IEventSourced aggregate, CancellationToken ct)
    {
        var pending = aggregate.PendingEvents;
        if (pending.Count == 0) return;
        await AppendAsync(aggregate.StreamId, aggregate.ChainId, aggregate.Version - pending.Count, pending.ToArray(),
            ct);
        aggregate.MarkCommitted();
    }

    public Task AppendAsync(Guid streamId, Guid chainId, long? expectedVersion, IReadOnlyList<IDomainEvent> events,
        CancellationToken ct) =>
        uow.ExecuteAsync((c, tx) => AppendCoreAsync(c, tx, streamId, chainId, expectedVersion, events, ct), ct);

    public Task AppendStandaloneAsync(Guid streamId, Guid chainId, IDomainEvent domainEvent, CancellationToken ct) =>
        NpgsqlUnitOfWork.ExecuteStandaloneAsync(uow.DataSource,
            (c, tx) => AppendCoreAsync(c, tx, streamId, chainId, null, [domainEvent], ct), ct);

    public async Task<IReadOnlyList<RecordedEvent>> FetchStreamAsync(Guid streamId, CancellationToken ct) =>
        await uow.QueryAsync("""
            select sequence, stream_id, stream_version, chain_id, chain_position, event_type, data::text, recorded_at
            from events where stream_id = $1 order by stream_version
            """,
            r => new RecordedEvent(r.GetInt64(0), r.GetGuid(1), r.GetInt64(2), r.GetGuid(3), r.GetInt64(4),
                EventSerializer.Deserialize(r.GetString(5), r.GetString(6)), r.GetFieldValue<DateTimeOffset>(7)),
            ct, streamId);

    public async Task<T?> AggregateStreamAsync<T>(Guid streamId, CancellationToken ct)
        where T : class, IEventSourced, new()
    {
        var events = await FetchStreamAsync(streamId, ct);
        if (events.Count == 0) return null;
        var aggregate = new T();
        foreach (var recorded in events) aggregate.Replay(recorded.Data);
        return aggregate;
    }

    private async Task<int> AppendCoreAsync(NpgsqlConnection connection, NpgsqlTransaction tx, Guid streamId,
        Guid chainId, long? expectedVersion, IReadOnlyList<IDomainEvent> events, CancellationToken ct)
    {
        var count = events.Count;
        if (count == 0) return 0;

        // Round trip 1: chain head (locked until commit), stream version, sequences.
        string headHash;
        long headPosition, newVersion;
        var sequences = new long[count];
        await using (var batch = new NpgsqlBatch(connection, tx))
        {
            batch.Add("""
                insert into chain_heads (chain_id, position, hash) values ($1, 0, $2)
                on conflict (chain_id) do update set chain_id = excluded.chain_id
                returning position, hash
                """, chainId, ChainHasher.GenesisHash);
            batch.Add(StreamSql(expectedVersion), streamId, chainId, (long)count, expectedVersion ?? 0L);
            batch.Add("select nextval('events_sequence_seq') from generate_series(1, $1)", count);

            await using var reader = await batch.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            (headPosition, headHash) = (reader.GetInt64(0), reader.GetString(1));
            await reader.NextResultAsync(ct);
            if (!await reader.ReadAsync(ct)) throw new ConcurrencyException(streamId, expectedVersion);
            newVersion = reader.GetInt64(0);
            if (reader.GetGuid(1) != chainId)
            {
                throw new InvalidOperationException($"Stream {streamId} belongs to another chain.");
            }

            await reader.NextResultAsync(ct);
            for (var i = 0; await reader.ReadAsync(ct); i++) sequences[i] = reader.GetInt64(0);
        }

        // Round trip 2: hash onto the chain, insert, move the head, project.
        var recordedAt = ChainHasher.TruncateToMicroseconds(clock.GetUtcNow());
        var metadata = Metadata();
        var rows = new EventRows(count);
        var previous = headHash;
        for (var i = 0; i < count; i++)
        {
            var entry = new ChainEntry(sequences[i], streamId, newVersion - count + 1 + i, chainId, headPosition + 1 + i,
                EventSerializer.TypeName(events[i]), EventSerializer.Serialize(events[i]), metadata, recordedAt);
            var hash = ChainHasher.Hash(previous, entry);
            rows.Set(i, entry, previous, hash, actor.UserId?.Value);
            previous = hash;
        }

        await using (var batch = new NpgsqlBatch(connection, tx))
        {
            batch.BatchCommands.Add(rows.InsertCommand());
            batch.Add("update chain_heads set position = $2, hash = $3, updated_at = now() where chain_id = $1",
                chainId, headPosition + count, previous);
            foreach (var domainEvent in events)
            {
                foreach (var projection in _projections) projection.Project(domainEvent, batch);
            }

            try
            {
                await batch.ExecuteNonQueryAsync(ct);
            }
            catch (PostgresException ex) when (ex is { SqlState: PostgresErrorCodes.UniqueViolation,
                ConstraintName: "events_stream_version_unique" })
            {
                throw new ConcurrencyException(streamId, expectedVersion);
            }
        }

        return count;
    }

    private static string StreamSql(long? expectedVersion) => expectedVersion switch
    {
        null => """
            insert into streams (stream_id, chain_id, version) values ($1, $2, $3)
            on conflict (stream_id) do update set version = streams.version + excluded.version
            returning version, chain_id, $4::bigint
            """,
        0 => """
            insert into streams (stream_id, chain_id, version) values ($1, $2, $3)
            on conflict (stream_id) do nothing
            returning version, chain_id, $4::bigint
            """,
        _ => """
            update streams set version = version + $3 where stream_id = $1 and version = $4 and $2::uuid is not null
            returning version, chain_id
            """,
    };

    private JsonElement Metadata() => JsonSerializer.SerializeToElement(new Dictionary<string, string?>
    {
        ["actorId"] = actor.UserId?.Value.ToString("D"),
        ["actorKind"] = actor.Kind.ToString(),
        ["apiTokenId"] = actor.ApiTokenId?.Value.ToString("D"),
        ["correlationId"] = actor.CorrelationId,
        ["ipAddress"] = actor.IpAddress,
        ["userAgent"] = actor.UserAgent,
    });

    /// <summary>Columns of the events to insert, sent as arrays and unnested: one statement whatever the count.</summary>
    private sealed class EventRows(int count)
    {
        private readonly long[] _sequence = new long[count], _version = new long[count], _position = new long[count];
        private readonly Guid[] _stream = new Guid[count], _chain = new Guid[count];
        private readonly Guid?[] _actor = new Guid?[count];
        private readonly string[] _type = new string[count], _data = new string[count], _metadata = new string[count];
        private readonly string[] _previous = new string[count], _hash = new string[count];
        private readonly DateTime[] _recordedAt = new DateTime[count];

        public void Set(int i, ChainEntry entry, string previousHash, string hash, Guid? actorId)
        {
            (_sequence[i], _stream[i], _version[i], _chain[i], _position[i]) =
                (entry.Sequence, entry.StreamId, entry.StreamVersion, entry.ChainId, entry.ChainPosition);
            (_type[i], _data[i], _metadata[i]) = (entry.EventType, entry.Data.GetRawText(), entry.Metadata.GetRawText());
            (_actor[i], _recordedAt[i], _previous[i], _hash[i]) =
                (actorId, entry.RecordedAt.UtcDateTime, previousHash, hash);
        }

        public NpgsqlBatchCommand InsertCommand()
        {
            var command = new NpgsqlBatchCommand("""
                insert into events (sequence, stream_id, stream_version, chain_id, chain_position, event_type, data,
                                    metadata, actor_id, recorded_at, previous_hash, hash)
                select * from unnest($1::bigint[], $2::uuid[], $3::bigint[], $4::uuid[], $5::bigint[], $6::text[],
                                     $7::jsonb[], $8::jsonb[], $9::uuid[], $10::timestamptz[], $11::text[], $12::text[])
                """);
            command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = _sequence });
            command.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = _stream });
            command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = _version });
            command.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = _chain });
            command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = _position });
            command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = _type });
            command.Parameters.Add(new NpgsqlParameter<string[]>
                { TypedValue = _data, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb });
            command.Parameters.Add(new NpgsqlParameter<string[]>
                { TypedValue = _metadata, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb });
            command.Parameters.Add(new NpgsqlParameter<Guid?[]> { TypedValue = _actor });
            command.Parameters.Add(new NpgsqlParameter<DateTime[]> { TypedValue = _recordedAt });
            command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = _previous });
            command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = _hash });
            return command;
        }
    }
}
