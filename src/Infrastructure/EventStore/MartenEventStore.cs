using System.Runtime.ExceptionServices;
using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Domain.SharedKernel;
using Deepnote.Infrastructure.Persistence;
using Marten;
using Marten.Services;
using Npgsql;
using EventStreamUnexpectedMaxEventIdException = JasperFx.Events.EventStreamUnexpectedMaxEventIdException;

namespace Deepnote.Infrastructure.EventStore;

/// <summary>The event store on Marten (docs/decisions/002-event-store.md). An append joins the caller's
/// transaction: (1) lock the chain head and claim the stream for its chain; (2) Marten's Rich append checks the
/// stream version and draws sequences; (3) <see cref="ChainListener"/> hashes the events onto the chain, and
/// Marten writes them with the chain rows, the new head and the inline projections in one batch. The chain-head
/// row lock serialises writers per workspace until commit.</summary>
public sealed class MartenEventStore(NpgsqlUnitOfWork uow, IDocumentStore store, ICurrentActor actor,
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
        if (events.Count == 0) return 0;
        var (position, hash) = await LockChainAsync(connection, tx, streamId, chainId, ct);

        await using var session = store.LightweightSession(SessionOptions.ForTransaction(tx));
        ChainListener.Attach(session, new ChainAppend(chainId, position, hash, ActorMetadata.Of(actor),
            actor.UserId?.Value, MicrosecondTime.Truncate(clock.GetUtcNow()), _projections, expectedVersion + 1));
        var data = events.Cast<object>().ToArray();
        if (expectedVersion is { } version) session.Events.Append(streamId, version + events.Count, data);
        else session.Events.Append(streamId, data);
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (EventStreamUnexpectedMaxEventIdException)
        {
            throw new ConcurrencyException(streamId, expectedVersion);
        }
        catch (Exception ex) when (ex is not PostgresException && ExceptionChain.Find<PostgresException>(ex) is { } postgres)
        {
            // Marten wraps the server's error; callers (and the GraphQL error mapping) expect the server's own.
            ExceptionDispatchInfo.Throw(postgres);
        }

        return events.Count;
    }

    /// <summary>Locks the chain head until commit (creating it at the genesis hash) and claims the stream for the
    /// chain, in one round trip; a stream never moves to another chain. Inserts that find their row do nothing and
    /// the row is then read (and the head locked) without writing a new row version on every append.</summary>
    private static async Task<(long Position, string Hash)> LockChainAsync(NpgsqlConnection connection,
        NpgsqlTransaction tx, Guid streamId, Guid chainId, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(connection, tx);
        var sql = new NpgsqlSqlBatch(batch);
        sql.Add("insert into chain_heads (chain_id, position, hash) values ($1, 0, $2) on conflict (chain_id) do nothing",
            chainId, ChainHasher.GenesisHash);
        sql.Add("select position, hash from chain_heads where chain_id = $1 for update", chainId);
        sql.Add("insert into stream_chains (stream_id, chain_id) values ($1, $2) on conflict (stream_id) do nothing",
            streamId, chainId);
        sql.Add("select chain_id from stream_chains where stream_id = $1", streamId);
        await using var reader = await batch.ExecuteReaderAsync(ct); // the inserts return no result set
        await reader.ReadAsync(ct);
        var head = (reader.GetInt64(0), reader.GetString(1));
        await reader.NextResultAsync(ct);
        await reader.ReadAsync(ct);
        return reader.GetGuid(0) == chainId
            ? head
            : throw new InvalidOperationException($"Stream {streamId} belongs to another chain.");
    }
}
