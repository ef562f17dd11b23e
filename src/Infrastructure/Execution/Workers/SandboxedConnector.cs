using System.Diagnostics;
using Deepnote.Application.Abstractions;
using Deepnote.Domain.Vault.Connections;
using Deepnote.Infrastructure.Execution.Egress;
using Deepnote.Worker.Protocol;
using Microsoft.Extensions.Logging;

namespace Deepnote.Infrastructure.Execution.Workers;

/// <summary>Runs a connection's queries in a sandboxed worker of its workspace, never in this process. The API decides
/// what the worker may reach before it gets the run: a PostgreSQL host is resolved once and checked by the egress
/// policy, and the worker's only way out is joined to that address; a DuckDB connection reads the workspace's files,
/// <c>:memory:</c>, or a file under an operator directory, nothing else of this server.</summary>
public sealed class SandboxedConnector(ConnectionEngine engine, WorkerPool pool, EgressResolver resolver,
    WorkerOptions options, FailurePadding padding, ILogger<SandboxedConnector> logger) : IDataSourceConnector
{
    public ConnectionEngine Engine => engine;

    public async Task<ConnectionCheck> TestAsync(ConnectionTarget target, string? password, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var reply = await RunAsync(target, password, new QuerySpec("select 1", false, 10, 1, 1024), test: true, ct);
        if (reply.Failure is null) return new ConnectionCheck(true, reply.Summary?.Message ?? "Connected.");
        await padding.PadAsync(started, ct);
        return new ConnectionCheck(false, reply.Failure.Message);
    }

    public async Task<QueryResult> ExecuteAsync(ConnectionTarget target, string? password, QuerySpec spec,
        CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var reply = await RunAsync(target, password, spec, test: false, ct);
        if (reply.Failure is { } failure)
        {
            if (failure.ErrorClass == ErrorClasses.Connection) await padding.PadAsync(started, ct);
            if (failure.Code == "CANCELLED") throw new OperationCanceledException(failure.Message, ct);
            throw new QueryFailedException(failure.Code, failure.Message, failure.ErrorClass);
        }

        var summary = reply.Summary!;
        return new QueryResult(reply.Columns.Select(c => new QueryColumn(c.Name, c.Type)).ToList(), reply.Rows,
            summary.Truncated, summary.Bytes, summary.DurationMs, summary.Transport);
    }

    private async Task<WorkerReply> RunAsync(ConnectionTarget target, string? password, QuerySpec spec, bool test,
        CancellationToken ct)
    {
        var settings = target.Settings;
        System.Net.IPEndPoint? destination = null;
        string? database = settings.Database;
        IReadOnlyList<string> binds = [];
        try
        {
            if (engine == ConnectionEngine.Postgres)
            {
                destination = await resolver.ResolveAsync(settings.Host ?? "", settings.Port ?? 5432, ct);
            }
            else if (DuckDbDatabase(settings) is { } opened)
            {
                (database, binds) = opened;
            }
            else
            {
                return Failure(ErrorClasses.Connection, "CONNECTION", "This DuckDB database is not available: a DuckDB "
                    + "connection reads the workspace's uploaded files (:files:), an empty :memory: database, or a file "
                    + "in a directory the operator opened.");
            }
        }
        catch (EgressRefusedException ex)
        {
            logger.LogInformation("Connection {ConnectionId} refused: {Reason}", target.ConnectionId, ex.Message);
            return Failure(ErrorClasses.Connection, "CONNECTION", "The server could not be reached.");
        }

        var request = new RunRequest(engine == ConnectionEngine.Postgres ? RunRequest.Postgres : RunRequest.DuckDb,
            new WorkerConnection($"{target.ConnectionId:N}{(target.Person is { } person ? $".{person:N}" : "")}|{target.CredentialVersion:N}", settings.Host,
                settings.Port ?? 5432, database, settings.Username, password, SslModeOf(settings.SslMode),
                settings.AllowMd5 ? "ScramSHA256,MD5" : "ScramSHA256"),
            spec.Sql, spec.AllowWrites, spec.TimeoutSeconds, spec.MaxRows, spec.MaxBytes,
            [], test);

        WorkerProcess worker;
        try
        {
            worker = await pool.RentAsync(target.WorkspaceId, binds, TimeSpan.FromSeconds(Math.Max(spec.TimeoutSeconds, 10)), ct);
        }
        catch (WorkerStartException ex)
        {
            logger.LogError(ex, "No worker for workspace {WorkspaceId}", target.WorkspaceId);
            return Failure(ErrorClasses.Environment, "ENVIRONMENT", ex.Message);
        }

        var reusable = false;
        try
        {
            worker.Relay.Destination = destination;
            var streams = (spec.Files ?? []).Select(f => (Stream)File.OpenRead(f.Path)).ToList();
            try
            {
                request = request with
                {
                    Files = (spec.Files ?? []).Select((f, i) => new WorkerFile(f.Name, f.Format, streams[i].Length)).ToList(),
                };
                var reply = await worker.RunAsync(request, streams, ct);
                reusable = reply.Failure?.ErrorClass != ErrorClasses.Environment;
                return reply;
            }
            finally
            {
                foreach (var stream in streams) await stream.DisposeAsync();
            }
        }
        finally
        {
            await pool.ReturnAsync(worker, reusable && binds.Count == 0 && !ct.IsCancellationRequested);
        }
    }

    /// <summary>What a DuckDB connection may open: the workspace's files, an empty database, or a file under one of
    /// the operator's directories (bound read-only into this run's worker). Any other path is refused with the same
    /// sentence whether or not it exists.</summary>
    private (string Database, IReadOnlyList<string> Binds)? DuckDbDatabase(ConnectionSettings settings)
    {
        var database = settings.Database ?? Deepnote.Worker.Engines.DuckDbEngine.Memory;
        if (database is Deepnote.Worker.Engines.DuckDbEngine.Memory or ConnectionSettings.WorkspaceFiles
            || settings.UploadedDatabase is not null) return (database, []);
        if (Path.IsPathFullyQualified(database) && Path.GetFullPath(database) == database)
        {
            var directory = options.DuckDbDirectories.FirstOrDefault(d =>
                database.StartsWith(Path.TrimEndingDirectorySeparator(d) + "/", StringComparison.Ordinal));
            if (directory is not null) return (database, [directory]);
        }

        return null;
    }

    private static string SslModeOf(SslMode? mode) => mode switch
    {
        SslMode.Disable => "Disable",
        SslMode.Require => "Require",
        SslMode.VerifyFull => "VerifyFull",
        _ => "Prefer",
    };

    private static WorkerReply Failure(string errorClass, string code, string message) =>
        new(null, [], [], new RunFailure(errorClass, code, message));
}
