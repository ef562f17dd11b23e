using System.Data;
using Deepnote.Infrastructure.Persistence;
using Npgsql;

namespace Deepnote.Infrastructure.EventStore;

/// <summary>Replays the whole log into fresh, empty copies of every projection's tables (inline and async) in schema
/// <see cref="Schema"/>, and compares them with the live tables, so that a read model can be checked against what its
/// events say, or rebuilt after a projection changed. The live tables are not touched. One repeatable-read
/// transaction: the replay and the comparison see one snapshot of the log and the live tables, and a failed rebuild
/// leaves nothing behind (a previous one is replaced only when this one commits). The log is read in pages.</summary>
public sealed class ProjectionRebuilder(NpgsqlDataSource dataSource, IEnumerable<IInlineProjection> projections,
    IEnumerable<IAsyncProjection> asyncProjections)
{
    public const string Schema = "rebuilt";
    private const int PageSize = 1000;
    private readonly IInlineProjection[] _projections = projections.ToArray();
    private readonly IAsyncProjection[] _asyncProjections = asyncProjections.ToArray();

    public IReadOnlyList<string> Tables =>
        _projections.SelectMany(p => p.Tables).Concat(_asyncProjections.SelectMany(p => p.Tables)).ToArray();

    public async Task<RebuildReport> RebuildAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        // An operator's command over the whole log: no statement timeout. Projections name their tables unqualified,
        // and only the fresh copies are on the path, so a statement for a table a projection did not declare fails
        // rather than writing a live one.
        await ExecuteAsync(connection, tx, "set local statement_timeout = 0;"
            + $"drop schema if exists {Schema} cascade; create schema {Schema};"
            + string.Concat(Tables.Select(t => $"create table {Schema}.{t} (like public.{t} including all);"))
            + $"set local search_path = {Schema};", ct);

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

        var differences = new List<TableDifference>();
        var asyncTables = _asyncProjections.SelectMany(p => p.Tables).ToHashSet();
        foreach (var table in Tables)
        {
            await using var command = connection.Command(tx, $"""
                select (select count(*) from (select * from public.{table} except all select * from {Schema}.{table}) a)
                     + (select count(*) from (select * from {Schema}.{table} except all select * from public.{table}) b)
                """);
            command.CommandTimeout = 0;
            differences.Add(new TableDifference(table, (long)(await command.ExecuteScalarAsync(ct))!, asyncTables.Contains(table)));
        }

        await tx.CommitAsync(ct);
        return new RebuildReport(replayed, differences);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction tx, string sql, CancellationToken ct)
    {
        await using var command = connection.Command(tx, sql);
        await command.ExecuteNonQueryAsync(ct);
    }
}
