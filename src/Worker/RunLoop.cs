using System.Diagnostics;
using System.Threading.Channels;
using Deepnote.Worker.Engines;
using Deepnote.Worker.Protocol;
using Deepnote.Worker.Results;
using Deepnote.Worker.Sandbox;

namespace Deepnote.Worker;

/// <summary>The worker's life: report itself, then take one run at a time until the API closes the pipe. A cancel
/// frame stops the current run; every other frame waits its turn.</summary>
public sealed class RunLoop(FrameChannel channel, InputLimits limits)
{
    private readonly Channel<Frame> _inbox = Channel.CreateBounded<Frame>(4);
    private CancellationTokenSource _current = new();

    public async Task RunAsync()
    {
        await channel.WriteJsonAsync(FrameKind.Hello, SelfCheck.Report([]), CancellationToken.None);
        using var egress = File.Exists(EgressForwarder.SocketPath) ? EgressForwarder.Start() : null;
        using var postgres = new PostgresEngine();
        var duckdb = new DuckDbEngine(limits);
        _ = ReceiveAsync();
        await foreach (var frame in _inbox.Reader.ReadAllAsync())
        {
            switch (frame.Kind)
            {
                case FrameKind.Probe:
                    await channel.WriteJsonAsync(FrameKind.Hello, SelfCheck.Report(frame.Json<ProbeRequest>().Paths),
                        CancellationToken.None);
                    break;
                case FrameKind.Run:
                    var request = frame.Json<RunRequest>();
                    IEngine engine = request.Engine == RunRequest.DuckDb ? duckdb : postgres;
                    if (egress is not null && request.Engine == RunRequest.Postgres && request.Connection.Host is { } host)
                    {
                        request = request with
                        {
                            Connection = request.Connection with { Host = EgressForwarder.Route(host), Port = egress.Port },
                        };
                    }

                    await RunAsync(engine, request);
                    break;
                case FrameKind.FileChunk:
                    break; // the rest of a file of a run that already failed
                default:
                    throw new InvalidDataException($"Unexpected {frame.Kind} frame.");
            }
        }
    }

    /// <summary>Reads the pipe: cancellations act at once, everything else goes to the inbox in order.</summary>
    private async Task ReceiveAsync()
    {
        try
        {
            while (await channel.ReadAsync(CancellationToken.None) is { } frame)
            {
                if (frame.Kind == FrameKind.Cancel) await Volatile.Read(ref _current).CancelAsync();
                else await _inbox.Writer.WriteAsync(frame);
            }
        }
        finally
        {
            _inbox.Writer.TryComplete();
        }
    }

    private async Task RunAsync(IEngine engine, RunRequest request)
    {
        using var cancellation = new CancellationTokenSource();
        Volatile.Write(ref _current, cancellation);
        var started = Stopwatch.GetTimestamp();
        var files = new List<InputFile>();
        try
        {
            foreach (var file in request.Files) files.Add(await ReceiveFileAsync(file, cancellation.Token));
            if (request.Test)
            {
                await engine.TestAsync(request, cancellation.Token);
                await channel.WriteJsonAsync(FrameKind.Done, new RunSummary(0, false, 0, Elapsed(started),
                    request.Engine == RunRequest.Postgres ? "Connected to PostgreSQL." : "Connected to DuckDB."),
                    CancellationToken.None);
                return;
            }

            var table = await engine.ExecuteAsync(request, files, cancellation.Token);
            await using (var arrow = new FrameOutputStream(channel))
            {
                await ArrowResultWriter.WriteAsync(table, arrow, CancellationToken.None);
                await arrow.FlushAsync(CancellationToken.None);
            }

            await channel.WriteJsonAsync(FrameKind.Done,
                new RunSummary(table.Rows.Count, table.Truncated, table.Bytes, Elapsed(started), Transport: table.Transport),
                CancellationToken.None);
            // An idle worker should not sit on a large result's heap: give it back to the system after the answer.
            if (table.Bytes > 16 << 20) GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
        catch (RunFailedException ex)
        {
            await channel.WriteJsonAsync(FrameKind.Failed, ex.Failure, CancellationToken.None);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            await channel.WriteJsonAsync(FrameKind.Failed,
                new RunFailure(ErrorClasses.Query, "CANCELLED", "The query was cancelled."), CancellationToken.None);
        }
        catch (Exception ex) when (ex is not InvalidDataException)
        {
            // Anything unforeseen inside an engine: the run fails as the environment's fault, and the process ends
            // rather than serve another run in a state nobody can vouch for.
            await channel.WriteJsonAsync(FrameKind.Failed, new RunFailure(ErrorClasses.Environment, "ENVIRONMENT",
                "The query's execution environment failed and was restarted."), CancellationToken.None);
            throw;
        }
        finally
        {
            foreach (var file in files) file.Dispose();
        }
    }

    /// <summary>A file's bytes, from its chunks into a memfd of this process; more than it declared is refused.</summary>
    private async Task<InputFile> ReceiveFileAsync(WorkerFile file, CancellationToken ct)
    {
        var (handle, path) = Memfd.Create(file.Format);
        try
        {
            long written = 0;
            while (true)
            {
                var frame = await _inbox.Reader.ReadAsync(ct);
                if (frame.Kind != FrameKind.FileChunk) throw new InvalidDataException($"Expected a file chunk, got {frame.Kind}.");
                if (frame.Payload.Length == 0) break;
                if (written + frame.Payload.Length > file.Length)
                {
                    throw new RunFailedException(ErrorClasses.Query, "FILE", $"The file {file.Name} is larger than declared.");
                }

                await RandomAccess.WriteAsync(handle, frame.Payload, written, ct);
                written += frame.Payload.Length;
            }

            return new InputFile(file.Name, file.Format, handle, path);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    private static double Elapsed(long started) => Stopwatch.GetElapsedTime(started).TotalMilliseconds;
}
