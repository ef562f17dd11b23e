using System.Text.RegularExpressions;
using Deepnote.Worker.Protocol;
using Deepnote.Worker.Results;
using DuckDB.NET.Data;

namespace Deepnote.Worker.Engines;

/// <summary>DuckDB through DuckDB.NET: every run gets a fresh in-memory engine of its own, bounded in memory, threads
/// and temporary space before it reads anything, over the workspace's uploaded files, an uploaded DuckDB database, an
/// empty <c>:memory:</c>, or (operator setting) a file under a directory bound read-only into the sandbox. DuckDB has
/// no statement timeout of its own: the timeout and a cancellation interrupt the query.</summary>
public sealed partial class DuckDbEngine(InputLimits limits) : IEngine
{
    public const string Memory = ":memory:";
    public const string Files = ":files:";
    public const string UploadPrefix = "upload:";
    private const int Threads = 2;

    public async Task TestAsync(RunRequest request, CancellationToken ct)
    {
        await using var connection = await OpenAsync(request, [], ct);
    }

    public async Task<ResultTable> ExecuteAsync(RunRequest request, IReadOnlyList<InputFile> files, CancellationToken ct)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(TimeSpan.FromSeconds(request.TimeoutSeconds));
        try
        {
            await using var connection = await OpenAsync(request, files, deadline.Token);
            await using var command = connection.CreateCommand();
            command.CommandText = request.Sql;
            await using var interrupt = deadline.Token.Register(() => command.Cancel());
            return await Task.Run(() => Read(command, request, deadline.Token), deadline.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or DuckDBException && !ct.IsCancellationRequested
                                   && deadline.IsCancellationRequested)
        {
            throw new RunFailedException(ErrorClasses.Timeout, "TIMEOUT",
                $"The query ran longer than the connection's limit of {request.TimeoutSeconds} s and was stopped.", ex);
        }
        catch (DuckDBException ex) when (ct.IsCancellationRequested)
        {
            throw new OperationCanceledException("The query was cancelled.", ex, ct);
        }
        catch (DuckDBException ex)
        {
            throw new RunFailedException(ErrorClasses.Query, "DUCKDB", Clean(ex.Message, files), ex);
        }
    }

    /// <summary>A fresh engine: limits first (nothing is read before memory, threads and temporary space are bounded),
    /// then the database and the checked input files, then no more access to any file and the settings locked.</summary>
    private async Task<DuckDBConnection> OpenAsync(RunRequest request, IReadOnlyList<InputFile> files, CancellationToken ct)
    {
        var connection = new DuckDBConnection("Data Source=:memory:");
        try
        {
            await connection.OpenAsync(ct);
            await ExecuteAsync(connection, $"set memory_limit = '{limits.MemoryMegabytes}MB'", ct);
            await ExecuteAsync(connection, $"set threads = {Threads}", ct);
            await ExecuteAsync(connection, "set temp_directory = '/tmp/duckdb'", ct);
            await ExecuteAsync(connection, $"set max_temp_directory_size = '{limits.TempMegabytes}MB'", ct);
            var database = await AttachAsync(connection, request, files, ct);
            foreach (var file in files.Where(f => f.Path != database)) await LoadAsync(connection, file, ct);
            await ExecuteAsync(connection, "set enable_external_access = false", ct);
            await ExecuteAsync(connection, "set lock_configuration = true", ct);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Attaches and uses the connection's database, if it has one; returns its path.</summary>
    private static async Task<string?> AttachAsync(DuckDBConnection connection, RunRequest request, IReadOnlyList<InputFile> files,
        CancellationToken ct)
    {
        var database = request.Connection.Database ?? Memory;
        string? path = database switch
        {
            Memory or Files => null,
            _ when database.StartsWith(UploadPrefix, StringComparison.Ordinal) =>
                files.FirstOrDefault(f => f.Format == "duckdb" && f.Name == database[UploadPrefix.Length..])?.Path
                ?? throw new RunFailedException(ErrorClasses.Connection, "CONNECTION",
                    $"The workspace has no uploaded DuckDB database named {database[UploadPrefix.Length..]}."),
            _ => database, // an operator directory's file, checked by the API and bound read-only
        };
        if (path is null) return null;
        try
        {
            await ExecuteAsync(connection, $"attach '{path.Replace("'", "''", StringComparison.Ordinal)}' as source (read_only)", ct);
            await ExecuteAsync(connection, "use source", ct);
            return path;
        }
        catch (DuckDBException ex)
        {
            throw new RunFailedException(ErrorClasses.Connection, "CONNECTION", "The DuckDB database could not be opened.", ex);
        }
    }

    /// <summary>An input file becomes a table of its name once its declared shape passes the checks; an uploaded
    /// DuckDB database is attached read-only under its name (<c>"sales.duckdb".main.t</c>).</summary>
    private async Task LoadAsync(DuckDBConnection connection, InputFile file, CancellationToken ct)
    {
        if (file.Format == "duckdb")
        {
            await AttachUploadAsync(connection, file, ct);
            return;
        }

        if (file.Format == "parquet") await CheckParquetAsync(connection, file, ct);
        var reader = file.Format == "parquet" ? "read_parquet" : "read_csv_auto";
        try
        {
            await ExecuteAsync(connection, $"create table \"{file.Name.Replace("\"", "\"\"", StringComparison.Ordinal)}\" as "
                + $"select * from {reader}('{file.Path}')", ct);
        }
        catch (DuckDBException ex)
        {
            throw new RunFailedException(ErrorClasses.Query, "FILE", $"The file {file.Name} could not be read as {file.Format}: "
                + Clean(ex.Message, [file]), ex);
        }
    }

    private static async Task AttachUploadAsync(DuckDBConnection connection, InputFile file, CancellationToken ct)
    {
        try
        {
            await ExecuteAsync(connection, $"attach '{file.Path}' as \"{file.Name.Replace("\"", "\"\"", StringComparison.Ordinal)}\" (read_only)", ct);
        }
        catch (DuckDBException ex)
        {
            throw new RunFailedException(ErrorClasses.Query, "FILE", $"The file {file.Name} is not a DuckDB database.", ex);
        }
    }

    /// <summary>A Parquet file's metadata, read before its data: a file declaring more row groups, rows, cells or bytes
    /// than the limits, or compressed beyond the ratio (a decompression bomb), is refused unread.</summary>
    private async Task CheckParquetAsync(DuckDBConnection connection, InputFile file, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"with m as (select * from parquet_metadata('{file.Path}')), "
            + "g as (select row_group_id, max(row_group_num_rows) as n from m group by row_group_id) "
            + "select (select count(*) from g)::bigint, (select coalesce(sum(total_uncompressed_size), 0) from m)::bigint, "
            + "(select coalesce(sum(total_compressed_size), 0) from m)::bigint, (select coalesce(sum(n), 0) from g)::bigint, "
            + "(select count(distinct path_in_schema) from m)::bigint";
        long groups, uncompressed, compressed, rows, columns;
        try
        {
            await using var reader = await command.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            (groups, uncompressed, compressed, rows, columns) = (Convert.ToInt64(reader.GetValue(0)),
                Convert.ToInt64(reader.GetValue(1)), Convert.ToInt64(reader.GetValue(2)), Convert.ToInt64(reader.GetValue(3)),
                Convert.ToInt64(reader.GetValue(4)));
        }
        catch (Exception ex) when (ex is DuckDBException or InvalidCastException or OverflowException)
        {
            throw new RunFailedException(ErrorClasses.Query, "FILE", $"The file {file.Name} is not a valid Parquet file.", ex);
        }

        var refusal = limits.ParquetRefusal(file.Length, groups, uncompressed, compressed, rows, columns);
        if (refusal is not null)
        {
            throw new RunFailedException(ErrorClasses.Query, "FILE_LIMIT", $"The file {file.Name} was refused: {refusal}");
        }
    }

    private static async Task ExecuteAsync(DuckDBConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }

    private static ResultTable Read(DuckDBCommand command, RunRequest spec, CancellationToken ct)
    {
        using var reader = command.ExecuteReader();
        var columns = new List<ResultColumn>();
        for (var i = 0; i < reader.FieldCount; i++)
        {
            columns.Add(new ResultColumn(reader.GetName(i), reader.GetDataTypeName(i), ResultValues.KindOf(reader.GetFieldType(i))));
        }

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
                // DuckDB.NET has no way to measure a text value before copying it out: one enormous value costs this
                // worker's memory (bounded by its cgroup), never the API's; the byte limit refuses it here.
                row[i] = reader.IsDBNull(i) ? null : ResultValues.ToJson(reader.GetValue(i));
                bytes += ResultValues.Size(row[i]);
            }

            if (truncated || bytes > spec.MaxBytes)
            {
                truncated = true;
                break;
            }

            rows.Add(row);
        }

        return new ResultTable(columns, rows, truncated, bytes);
    }

    /// <summary>DuckDB's message without the worker's own paths: memfd paths become the file's name, any other absolute
    /// path is hidden.</summary>
    private static string Clean(string message, IReadOnlyList<InputFile> files)
    {
        foreach (var file in files) message = message.Replace(file.Path, file.Name, StringComparison.Ordinal);
        return AbsolutePath().Replace(message, "<path>");
    }

    [GeneratedRegex(@"(?<![\w.])/(?:proc|tmp|worker|dotnet|usr|etc|lib|run|sys|dev)(?:/[^\s'"":]*)?")]
    private static partial Regex AbsolutePath();
}
