using Deepnote.Infrastructure.Persistence;
using Npgsql;

namespace Deepnote.Infrastructure.EventStore;

/// <summary>Replays the whole log into fresh, empty copies of every projection's tables (inline and async) in schema
/// <see cref="Schema"/>, so that a read model can be checked against what its events say, or rebuilt after a
/// projection changed. The live tables are not touched. One transaction: a failed rebuild leaves nothing behind
/// (a previous rebuild is replaced only when this one commits). The log is read in pages; memory stays flat.</summary>
public sealed class ProjectionRebuilder(NpgsqlDataSource dataSource, IEnumerable<IInlineProjection> projections,
    IEnumerable<IAsyncProjection> asyncProjections)
{
    public const string Schema = "rebuilt";
    private const int PageSize = 1000;
    private readonly IInlineProjection[] _projections = projections.ToArray();
    private readonly IAsyncProjection[] _asyncProjections = asyncProjections.ToArray();

    public IReadOnlyList<string> Tables =>
        _projections.SelectMany(p => p.Tables).Concat(_asyncProjections.SelectMany(p => p.Tables)).ToArray();

    /// <summary>Returns the number of events replayed.</summary>
    public async Task<long> RebuildAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var ddl = $"drop schema if exists {Schema} cascade; create schema {Schema};"
            + string.Concat(Tables.Select(t => $"create table {Schema}.{t} (like public.{t} including all);"))
            // Projections name their tables unqualified: the fresh copies come first on the path.
            + $"set local search_path = {Schema}, public;";
        await using (var create = connection.Command(tx, ddl)) await create.ExecuteNonQueryAsync(ct);

        long after = 0, replayed = 0;
        while (true)
        {
            var page = new List<(long Sequence, string Type, string Data)>(PageSize);
            await using (var read = connection.Command(tx,
                "select sequence, event_type, data::text from public.events where sequence > $1 order by sequence limit $2",
                after, PageSize))
            await using (var reader = await read.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct)) page.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
            }

            if (page.Count == 0) break;
            await using var batch = new NpgsqlBatch(connection, tx);
            var sql = new NpgsqlSqlBatch(batch);
            var events = page.Select(e => new SequencedEvent(e.Sequence, EventSerializer.Deserialize(e.Type, e.Data))).ToList();
            foreach (var e in events)
            {
                foreach (var projection in _projections) projection.Project(e.Event, sql);
            }

            foreach (var projection in _asyncProjections) projection.Project(events, sql);

            if (batch.BatchCommands.Count > 0) await batch.ExecuteNonQueryAsync(ct);
            (after, replayed) = (page[^1].Sequence, replayed + page.Count);
        }

        await tx.CommitAsync(ct);
        return replayed;
    }

    /// <summary>For each table, the rows found in only one of the live and the rebuilt copy (both ways, duplicates
    /// counted): 0 everywhere means the read models say exactly what the log says.</summary>
    public async Task<IReadOnlyDictionary<string, long>> CompareAsync(CancellationToken ct)
    {
        var differences = new Dictionary<string, long>();
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        foreach (var table in Tables)
        {
            await using var command = connection.Command(null, $"""
                select (select count(*) from (select * from public.{table} except all select * from {Schema}.{table}) a)
                     + (select count(*) from (select * from {Schema}.{table} except all select * from public.{table}) b)
                """);
            differences[table] = (long)(await command.ExecuteScalarAsync(ct))!;
        }

        return differences;
    }
}
