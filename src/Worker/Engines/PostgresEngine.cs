using System.Collections.Concurrent;
using Deepnote.Worker.Protocol;
using Deepnote.Worker.Results;
using Npgsql;

namespace Deepnote.Worker.Engines;

/// <summary>Customer PostgreSQL databases through Npgsql: read-only transactions unless writes are allowed,
/// server-side statement timeouts, row and byte limits, one statement per run, cancellation in the database. The
/// network it reaches is only the address the API checked for the current run (docs/decisions/013).</summary>
public sealed class PostgresEngine : IEngine, IDisposable
{
    private const int MaxPools = 16;

    /// <summary>A small pool per connection and credential version: the password stays in the driver's pool (in
    /// this worker's memory) while the pool lives, which saves a SCRAM exchange per run (docs/decisions/009).</summary>
    private readonly ConcurrentDictionary<string, Pool> _pools = new();

    public async Task TestAsync(RunRequest request, CancellationToken ct)
    {
        var builder = Builder(request.Connection);
        builder.Pooling = false;
        builder.ApplicationName = "deepnote-test-connection";
        builder.CommandTimeout = 10;
        builder.Options = "-c default_transaction_read_only=on -c statement_timeout=10000";
        try
        {
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand("select 1", connection);
            await command.ExecuteScalarAsync(ct);
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or OperationCanceledException
                                       or ArgumentException or InvalidOperationException)
        {
            throw new RunFailedException(ErrorClasses.Connection, "CONNECTION", Describe(ex), ex);
        }
    }

    public async Task<ResultTable> ExecuteAsync(RunRequest request, IReadOnlyList<InputFile> files, CancellationToken ct)
    {
        var password = request.Connection.Password;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            await using var connection = await PoolFor(request.Connection).OpenConnectionAsync(ct);
            var clean = false;
            try
            {
                return await RunAsync(connection, request, ct, () => clean = true);
            }
            finally
            {
                // A run that failed part-way may have left session state (an advisory lock taken before the error):
                // it is discarded, or, when the connection cannot even do that, the connection is not reused.
                if (!clean && !await TryForgetSessionAsync(connection)) NpgsqlConnection.ClearPool(connection);
            }
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.QueryCanceled && !ct.IsCancellationRequested
                                           && System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds < request.TimeoutSeconds * 0.95)
        {
            // Nobody here asked and the limit was not reached: another session of the database cancelled it (on a
            // shared account, any member can; the message is the server's, not ours, and its language may differ).
            throw new RunFailedException(ErrorClasses.Query, "CANCELLED_ELSEWHERE",
                "The query was cancelled by another session in the database (not by its time limit).", ex);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.QueryCanceled && !ct.IsCancellationRequested)
        {
            throw new RunFailedException(ErrorClasses.Timeout, "TIMEOUT",
                $"The query ran longer than the connection's limit of {request.TimeoutSeconds} s and was stopped.", ex);
        }
        catch (PostgresException ex) when (!ct.IsCancellationRequested && IsSessionFailure(ex.SqlState))
        {
            throw new RunFailedException(ErrorClasses.Connection, "CONNECTION", Describe(ex), ex);
        }
        catch (PostgresException ex) when (!ct.IsCancellationRequested)
        {
            throw new RunFailedException(ErrorClasses.Query, ex.SqlState, SecretScrubber.Scrub(ex.MessageText, password)
                + (ex.SqlState == "25006" ? " (this connection is read-only; an ADMIN may allow writes)" : ""), ex);
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException && !ct.IsCancellationRequested)
        {
            throw new RunFailedException(ErrorClasses.Connection, "CONNECTION", Describe(ex), ex);
        }
    }

    /// <summary>Refusals of the session rather than of the statement: connection exceptions (08), authentication
    /// (28), a missing database (3D), too many connections (53300).</summary>
    private static bool IsSessionFailure(string sqlState) =>
        sqlState.StartsWith("08", StringComparison.Ordinal) || sqlState.StartsWith("28", StringComparison.Ordinal)
        || sqlState.StartsWith("3D", StringComparison.Ordinal) || sqlState == "53300";

    private static async Task<ResultTable> RunAsync(NpgsqlConnection connection, RunRequest spec,
        CancellationToken ct, Action cleaned)
    {
        await using var tx = await connection.BeginTransactionAsync(ct);
        await using (var setup = new NpgsqlBatch(connection, tx))
        {
            if (!spec.AllowWrites) setup.BatchCommands.Add(new NpgsqlBatchCommand("set transaction read only"));
            setup.BatchCommands.Add(new NpgsqlBatchCommand($"set local statement_timeout = {spec.TimeoutSeconds * 1000L}"));
            await setup.ExecuteNonQueryAsync(ct);
        }

        // Asked before the statement: a result cut at the limit cancels it, which aborts the transaction.
        var transport = await TransportAsync(connection, tx, spec.Connection.SslMode, ct);
        var result = await ReadAsync(connection, tx, spec, ct) with { Transport = transport };
        if (spec.AllowWrites && result.Truncated)
        {
            await tx.RollbackAsync(CancellationToken.None);
            throw new RunFailedException(ErrorClasses.Query, "TRUNCATED_WRITE", "The statement returned more than the row or byte limit, "
                + "so it was stopped and rolled back: nothing was written. Return fewer rows or raise the limit.");
        }

        if (spec.AllowWrites) await tx.CommitAsync(CancellationToken.None);
        else await tx.RollbackAsync(CancellationToken.None);
        await ForgetSessionAsync(connection);
        cleaned();
        return result;
    }

    private static async Task<ResultTable> ReadAsync(NpgsqlConnection connection, NpgsqlTransaction tx, RunRequest spec,
        CancellationToken ct)
    {
        // One batch command with no parameters is sent as written (no rewriting, no splitting), so PostgreSQL itself
        // refuses a second statement: nobody can end the read-only transaction from inside their SQL.
        await using var batch = new NpgsqlBatch(connection, tx) { Timeout = spec.TimeoutSeconds + 10 };
        batch.BatchCommands.Add(new NpgsqlBatchCommand(spec.Sql));
        var rows = new List<object?[]>();
        var columns = new List<ResultColumn>();
        long bytes = 0;
        var truncated = false;
        // Sequential access: a row is not buffered whole, so one enormous value (PostgreSQL allows 1 GB) is read only
        // as far as the byte limit allows instead of landing in memory before it can be refused.
        var reader = await batch.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess, ct);
        try
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                columns.Add(new ResultColumn(reader.GetName(i), reader.GetDataTypeName(i), ResultValues.KindOf(reader.GetFieldType(i))));
            }

            var width = reader.FieldCount;
            var text = Enumerable.Range(0, width).Select(i => reader.GetFieldType(i) == typeof(string)).ToArray();
            var binary = Enumerable.Range(0, width).Select(i => reader.GetFieldType(i) == typeof(byte[])).ToArray();
            while (!truncated && await reader.ReadAsync(ct))
            {
                if (rows.Count >= spec.MaxRows)
                {
                    truncated = true;
                    break;
                }

                var row = new object?[width];
                for (var i = 0; i < width && !truncated; i++)
                {
                    // Synchronous column reads (this runs on its own pool thread, never a request's): the async ones
                    // cost 4x the throughput for the same bytes.
                    object? value;
                    if (reader.IsDBNull(i)) value = null;
                    else if (text[i]) value = ReadText(reader, i, spec.MaxBytes - bytes);
                    else if (binary[i]) value = ReadBinary(reader, i, spec.MaxBytes - bytes);
                    else value = ResultValues.ToJson(reader.GetValue(i));

                    if (value is TooLarge) truncated = true;
                    else (row[i], bytes) = (value, bytes + ResultValues.Size(value));
                }

                if (truncated || bytes > spec.MaxBytes)
                {
                    truncated = true;
                    break;
                }

                rows.Add(row);
            }

            if (truncated) batch.Cancel(); // the rest is never sent, rather than drained
        }
        finally
        {
            try
            {
                await reader.DisposeAsync();
            }
            catch (PostgresException ex) when (truncated && ex.SqlState == PostgresErrorCodes.QueryCanceled)
            {
                // the cancellation sent above
            }
        }

        return new ResultTable(columns, rows, truncated, bytes);
    }

    /// <summary>How the session reached the server: certain from the mode unless TLS was only preferred, then asked.</summary>
    private static async Task<string> TransportAsync(NpgsqlConnection connection, NpgsqlTransaction tx, string sslMode,
        CancellationToken ct)
    {
        if (sslMode is "Disable") return "PLAIN";
        if (sslMode is "Require" or "VerifyCA" or "VerifyFull") return "TLS";
        await using var command = new NpgsqlCommand("select coalesce((select ssl from pg_stat_ssl where pid = pg_backend_pid()), false)",
            connection, tx);
        return (bool)(await command.ExecuteScalarAsync(ct))! ? "TLS" : "PLAIN";
    }

    /// <summary>A text value read only up to <paramref name="budget"/> characters; beyond it, <see cref="TooLarge"/>.</summary>
    private static object ReadText(NpgsqlDataReader reader, int ordinal, long budget)
    {
        using var text = reader.GetTextReader(ordinal);
        Span<char> buffer = stackalloc char[4096];
        var filled = text.Read(buffer);
        if (filled < buffer.Length)
        {
            var more = filled == 0 ? 0 : text.Read(buffer[filled..]);
            if (more == 0) return new string(buffer[..filled]); // the common case: a short value, read at once
            filled += more;
        }

        var builder = new System.Text.StringBuilder().Append(buffer[..filled]);
        int read;
        while (builder.Length <= budget && (read = text.Read(buffer)) > 0) builder.Append(buffer[..read]);
        return builder.Length > budget ? TooLarge.Instance : builder.ToString();
    }

    /// <summary>A bytea value, refused from its length (shown as hex, twice as long) before any of it is read.</summary>
    private static object? ReadBinary(NpgsqlDataReader reader, int ordinal, long budget)
    {
        using var stream = reader.GetStream(ordinal);
        if (stream.Length * 2 > budget) return TooLarge.Instance;
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return ResultValues.ToJson(bytes);
    }

    private sealed class TooLarge
    {
        public static readonly TooLarge Instance = new();
    }

    /// <summary>A pooled connection goes back to the pool with nothing of the run left in its session (advisory locks,
    /// temporary tables, settings, prepared statements): the next run, perhaps another person's, starts clean.</summary>
    private static async Task ForgetSessionAsync(NpgsqlConnection connection)
    {
        await using var discard = new NpgsqlCommand("discard all", connection) { CommandTimeout = 5 };
        await discard.ExecuteNonQueryAsync(CancellationToken.None);
    }

    private static async Task<bool> TryForgetSessionAsync(NpgsqlConnection connection)
    {
        try
        {
            if (connection.State != System.Data.ConnectionState.Open) return false;
            await ForgetSessionAsync(connection);
            return true;
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            return false;
        }
    }

    private NpgsqlDataSource PoolFor(WorkerConnection s)
    {
        var prefix = s.PoolKey.Split('|')[0] + "|";
        var key = $"{s.PoolKey}|{s.Username}|{s.Host}|{s.Port}|{s.Database}|{s.SslMode}|{s.RequireAuth}";
        if (_pools.TryGetValue(key, out var existing))
        {
            existing.Touch();
            return existing.Source;
        }

        // A new credential version retires the connection's older pools (and the password they hold); beyond the
        // cap the least recently used pool goes.
        foreach (var old in _pools.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal))) Retire(old);
        if (_pools.Count >= MaxPools) Retire(_pools.MinBy(p => p.Value.LastUsed).Key);

        var builder = Builder(s);
        builder.MaxPoolSize = 4;
        builder.ConnectionIdleLifetime = 60;
        builder.ApplicationName = "deepnote";
        builder.CommandTimeout = 30;
        var created = new Pool(NpgsqlDataSource.Create(builder));
        var pool = _pools.GetOrAdd(key, created);
        if (!ReferenceEquals(pool, created)) created.Source.Dispose();
        return pool.Source;
    }

    /// <summary>A fixed sentence per kind of failure: the server's own text never reaches the caller (a hostile server
    /// could echo anything, and no scrubber catches every encoding of a secret).</summary>
    private static string Describe(Exception exception) => exception switch
    {
        PostgresException { SqlState: "28P01" or "28000" } => "The server refused these credentials.",
        PostgresException { SqlState: "3D000" } => "The server has no database of that name.",
        PostgresException => "The server refused the connection.",
        NpgsqlException { InnerException: System.Security.Authentication.AuthenticationException } =>
            "A TLS connection could not be established.",
        NpgsqlException e when e.Message.Contains("SSL connection requested", StringComparison.OrdinalIgnoreCase) =>
            "TLS required: the server does not offer it (an ADMIN may lower the connection's SSL mode).",
        NpgsqlException e when e.Message.Contains("authentication method", StringComparison.OrdinalIgnoreCase) =>
            "The server asked for an authentication method that would expose the password; refused.",
        NpgsqlException or TimeoutException or OperationCanceledException => "The server could not be reached.",
        _ => "The connection settings are not valid.",
    };

    private static NpgsqlConnectionStringBuilder Builder(WorkerConnection connection) => new()
    {
        // Never the password in clear (a hostile or impersonated server asking for it gets nothing).
        RequireAuth = connection.RequireAuth,
        Host = connection.Host,
        Port = connection.Port,
        Database = connection.Database,
        Username = connection.Username,
        Password = connection.Password,
        SslMode = Enum.Parse<SslMode>(connection.SslMode, ignoreCase: true),
        Timeout = 10,
    };

    private void Retire(string key)
    {
        if (_pools.TryRemove(key, out var pool)) pool.Source.Dispose();
    }

    public void Dispose()
    {
        foreach (var key in _pools.Keys) Retire(key);
    }

    private sealed class Pool(NpgsqlDataSource source)
    {
        private long _lastUsed = Environment.TickCount64;

        public NpgsqlDataSource Source { get; } = source;

        public long LastUsed => Interlocked.Read(ref _lastUsed);

        public void Touch() => Interlocked.Exchange(ref _lastUsed, Environment.TickCount64);
    }
}
