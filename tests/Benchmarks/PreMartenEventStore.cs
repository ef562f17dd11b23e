using Deepnote.Application.Abstractions;
using Deepnote.Domain.SharedKernel;
using Deepnote.Infrastructure.EventStore;
using Deepnote.Infrastructure.Persistence;
using Npgsql;
using NpgsqlTypes;

/// <summary>The append path of the event store as it was before it moved onto Marten (commit 5128e4e), on tables of
/// its own (<see cref="Schema"/>), kept only so that the benchmark measures "before" in the same run as "after".
/// Two round trips: lock the head, bump the version and draw sequences; then hash, insert with unnest, move the head.</summary>
internal sealed class PreMartenEventStore(NpgsqlDataSource dataSource, ICurrentActor actor, TimeProvider clock)
{
    public const string Schema = """
        create sequence if not exists pre_marten_events_seq;
        create table if not exists pre_marten_events (
            sequence bigint primary key, stream_id uuid not null, stream_version bigint not null, chain_id uuid not null,
            chain_position bigint not null, event_type text not null, data jsonb not null, metadata jsonb not null,
            actor_id uuid null, recorded_at timestamptz not null, previous_hash text not null, hash text not null,
            unique (stream_id, stream_version), unique (chain_id, chain_position));
        create index if not exists pre_marten_events_chain_sequence on pre_marten_events (chain_id, sequence desc);
        create index if not exists pre_marten_events_chain_actor on pre_marten_events (chain_id, actor_id, sequence desc);
        create index if not exists pre_marten_events_chain_type on pre_marten_events (chain_id, event_type, sequence desc);
        create index if not exists pre_marten_events_chain_stream on pre_marten_events (chain_id, stream_id, sequence desc);
        create index if not exists pre_marten_events_chain_recorded on pre_marten_events (chain_id, recorded_at desc);
        create table if not exists pre_marten_streams (stream_id uuid primary key, chain_id uuid not null,
            version bigint not null, created_at timestamptz not null default now());
        create table if not exists pre_marten_chain_heads (chain_id uuid primary key, position bigint not null,
            hash text not null, updated_at timestamptz not null default now());
        """;

    public Task AppendAsync(Guid streamId, Guid chainId, long? expectedVersion, IReadOnlyList<IDomainEvent> events) =>
        NpgsqlUnitOfWork.ExecuteStandaloneAsync(dataSource,
            (c, tx) => AppendCoreAsync(c, tx, streamId, chainId, expectedVersion, events, default), default);

    public async Task<int> ReadStreamAsync(Guid streamId)
    {
        await using var command = dataSource.CreateCommand(
            "select event_type, data::text from pre_marten_events where stream_id = $1 order by stream_version");
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = streamId });
        await using var reader = await command.ExecuteReaderAsync();
        var count = 0;
        while (await reader.ReadAsync())
        {
            EventSerializer.Deserialize(reader.GetString(0), reader.GetString(1));
            count++;
        }

        return count;
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
            var sql = new NpgsqlSqlBatch(batch);
            sql.Add("""
                insert into pre_marten_chain_heads (chain_id, position, hash) values ($1, 0, $2)
                on conflict (chain_id) do update set chain_id = excluded.chain_id
                returning position, hash
                """, chainId, ChainHasher.GenesisHash);
            sql.Add(StreamSql(expectedVersion), streamId, chainId, (long)count, expectedVersion ?? 0L);
            sql.Add("select nextval('pre_marten_events_seq') from generate_series(1, $1)", count);

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
        var recordedAt = Deepnote.Application.Common.MicrosecondTime.Truncate(clock.GetUtcNow());
        var metadata = ActorMetadata.Of(actor);
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
            var sql = new NpgsqlSqlBatch(batch);
            batch.BatchCommands.Add(rows.InsertCommand());
            sql.Add("update pre_marten_chain_heads set position = $2, hash = $3, updated_at = now() where chain_id = $1",
                chainId, headPosition + count, previous);
            try
            {
                await batch.ExecuteNonQueryAsync(ct);
            }
            catch (PostgresException ex) when (ex is { SqlState: PostgresErrorCodes.UniqueViolation,
                ConstraintName: "pre_marten_events_stream_id_stream_version_key" })
            {
                throw new ConcurrencyException(streamId, expectedVersion);
            }
        }

        return count;
    }

    private static string StreamSql(long? expectedVersion) => expectedVersion switch
    {
        null => """
            insert into pre_marten_streams (stream_id, chain_id, version) values ($1, $2, $3)
            on conflict (stream_id) do update set version = pre_marten_streams.version + excluded.version
            returning version, chain_id, $4::bigint
            """,
        0 => """
            insert into pre_marten_streams (stream_id, chain_id, version) values ($1, $2, $3)
            on conflict (stream_id) do nothing
            returning version, chain_id, $4::bigint
            """,
        _ => """
            update pre_marten_streams set version = version + $3 where stream_id = $1 and version = $4 and $2::uuid is not null
            returning version, chain_id
            """,
    };

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
                insert into pre_marten_events (sequence, stream_id, stream_version, chain_id, chain_position, event_type, data,
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
