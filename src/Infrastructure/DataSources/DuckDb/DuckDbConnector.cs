using System.Diagnostics;
using Deepnote.Application.Abstractions;
using Deepnote.Domain.Vault.Connections;
using DuckDB.NET.Data;

namespace Deepnote.Infrastructure.DataSources.DuckDb;

/// <summary>DuckDB databases (a file, attached read-only unless writes are allowed, <c>:memory:</c>, or the workspace's
/// uploaded files) through DuckDB.NET. Every run gets a fresh in-memory engine of its own (DuckDB.NET shares one
/// engine per file path, whose access mode and settings the first opener would decide for everyone), bounded in
/// memory and threads and shut off from the server's files. DuckDB has no statement timeout of its own: the timeout
/// and a cancellation interrupt the query.</summary>
public sealed class DuckDbConnector : IDataSourceConnector
{
    private const string MemoryLimit = "1GB";
    private const int Threads = 2;

    public ConnectionEngine Engine => ConnectionEngine.DuckDb;

    public async Task<ConnectionCheck> TestAsync(ConnectionSettings settings, string? password, CancellationToken ct)
    {
        if (settings.IsWorkspaceFiles) return new ConnectionCheck(true, "Connected: the workspace's uploaded files.");
        var path = settings.Database ?? ":memory:";
        if (path != ":memory:" && !File.Exists(path))
        {
            return new ConnectionCheck(false, $"The DuckDB file {path} does not exist on the server.");
        }

        try
        {
            await using var connection = new DuckDBConnection(ConnectionString(path, readOnly: true));
            await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            command.CommandText = "select version()";
            return new ConnectionCheck(true, $"Connected: DuckDB {await command.ExecuteScalarAsync(ct)}");
        }
        catch (Exception ex) when (ex is DuckDBException or InvalidOperationException or ArgumentException)
        {
            return new ConnectionCheck(false, SecretScrubber.Scrub(ex.Message, password));
        }
    }

    public async Task<QueryResult> ExecuteAsync(ConnectionTarget target, string? password, QuerySpec spec,
        CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var path = target.Settings.IsWorkspaceFiles ? ":memory:" : target.Settings.Database ?? ":memory:";
        if (path != ":memory:" && !File.Exists(path))
        {
            throw new QueryFailedException("CONNECTION", $"The DuckDB file {path} does not exist on the server.");
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(TimeSpan.FromSeconds(spec.TimeoutSeconds));
        try
        {
            await using var connection = new DuckDBConnection("Data Source=:memory:");
            await connection.OpenAsync(deadline.Token);
            if (path != ":memory:")
            {
                await ExecuteAsync(connection, $"attach '{path.Replace("'", "''", StringComparison.Ordinal)}' as source"
                    + (spec.AllowWrites ? "" : " (read_only)"), deadline.Token);
                await ExecuteAsync(connection, "use source", deadline.Token);
            }

            await LoadFilesAndLockAsync(connection, spec.Files ?? [], deadline.Token);
            await using var command = connection.CreateCommand();
            command.CommandText = spec.Sql;
            await using var interrupt = deadline.Token.Register(() => command.Cancel());
            return await Task.Run(() => Read(command, spec, started, deadline.Token), deadline.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or DuckDBException && !ct.IsCancellationRequested
                                   && deadline.IsCancellationRequested)
        {
            throw new QueryFailedException("TIMEOUT",
                $"The query ran longer than the connection's limit of {spec.TimeoutSeconds} s and was stopped.", ex);
        }
        catch (DuckDBException ex) when (ct.IsCancellationRequested)
        {
            throw new OperationCanceledException("The query was cancelled.", ex, ct);
        }
        catch (DuckDBException ex)
        {
            throw new QueryFailedException("DUCKDB", SecretScrubber.Scrub(ex.Message, password), ex);
        }
    }

    /// <summary>Loads each named upload into a table of its name, then shuts the engine off from the server's files
    /// (no read_csv('/etc/passwd'), no COPY TO, no extensions) and locks that setting against the user's SQL.</summary>
    private static async Task LoadFilesAndLockAsync(DuckDBConnection connection, IReadOnlyList<QueryFile> files,
        CancellationToken ct)
    {
        foreach (var file in files)
        {
            var reader = file.Format == "parquet" ? "read_parquet" : "read_csv_auto";
            await ExecuteAsync(connection, $"create table \"{file.Name.Replace("\"", "\"\"", StringComparison.Ordinal)}\" as "
                + $"select * from {reader}('{file.Path}')", ct);
        }

        await ExecuteAsync(connection, $"set memory_limit = '{MemoryLimit}'", ct);
        await ExecuteAsync(connection, $"set threads = {Threads}", ct);
        await ExecuteAsync(connection, "set enable_external_access = false", ct);
        await ExecuteAsync(connection, "set lock_configuration = true", ct);
    }

    private static async Task ExecuteAsync(DuckDBConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }

    private static QueryResult Read(DuckDBCommand command, QuerySpec spec, long started, CancellationToken ct)
    {
        using var reader = command.ExecuteReader();
        var columns = new List<QueryColumn>();
        for (var i = 0; i < reader.FieldCount; i++) columns.Add(new QueryColumn(reader.GetName(i), reader.GetDataTypeName(i)));
        var rows = new List<object?[]>();
        long bytes = 0;
        var truncated = false;
        while (reader.Read())
        {
            ct.ThrowIfCancellationRequested();
            if (rows.Count >= spec.MaxRows)
            {
                truncated = true;
                break;
            }

            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = ResultValues.ToJson(reader.GetValue(i));
                bytes += ResultValues.Size(row[i]);
            }

            if (bytes > spec.MaxBytes)
            {
                truncated = true;
                break;
            }

            rows.Add(row);
        }

        return new QueryResult(columns, rows, truncated, bytes, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    private static string ConnectionString(string path, bool readOnly) =>
        $"Data Source={path}{(readOnly && path != ":memory:" ? ";ACCESS_MODE=READ_ONLY" : "")}";
}
