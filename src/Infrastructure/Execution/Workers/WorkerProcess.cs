using System.Diagnostics;
using Deepnote.Worker.Protocol;
using Deepnote.Worker.Results;
using Microsoft.Extensions.Logging;

namespace Deepnote.Infrastructure.Execution.Workers;

/// <summary>One sandboxed worker of one workspace: its process, cgroups, private folder and egress relay. It runs one
/// run at a time; a worker whose process died, broke the protocol or was cancelled past its grace is never reused.</summary>
public sealed class WorkerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan CancelGrace = TimeSpan.FromSeconds(5);

    private readonly Process _process;
    private readonly ControlGroups _groups;
    private readonly string _folder;
    private readonly FrameChannel _channel;
    private readonly ILogger _logger;
    private int _disposed;

    private WorkerProcess(Guid workspaceId, Process process, ControlGroups groups, string folder, EgressRelay relay,
        ILogger logger)
    {
        WorkspaceId = workspaceId;
        _process = process;
        _groups = groups;
        _folder = folder;
        Relay = relay;
        _logger = logger;
        _channel = new FrameChannel(process.StandardOutput.BaseStream, process.StandardInput.BaseStream);
    }

    public Guid WorkspaceId { get; }

    /// <summary>The process id of the worker's bubblewrap (its cgroups are this process's).</summary>
    public int ProcessId => _process.Id;

    /// <summary>Where this worker's connections go (set per run by the API, never by the worker).</summary>
    public EgressRelay Relay { get; }

    /// <summary>What the worker reported of itself when it started.</summary>
    public SandboxReport Report { get; private set; } = null!;

    /// <summary>False once the worker died or can no longer be trusted to be in a clean state.</summary>
    public bool Healthy => Volatile.Read(ref _disposed) == 0 && !Broken && !_process.HasExited;

    public long LastUsed { get; set; } = Environment.TickCount64;

    private bool Broken { get; set; }

    public static async Task<WorkerProcess> StartAsync(Guid workspaceId, WorkerOptions options,
        IReadOnlyList<string> duckDbDirectories, ILogger logger, CancellationToken ct)
    {
        if (!OperatingSystem.IsLinux() || !File.Exists(SandboxCommand.Bubblewrap))
        {
            throw new WorkerStartException("The execution environment is not installed (bubblewrap is missing).");
        }

        var name = $"w{workspaceId:N}-{Guid.NewGuid():N}"[..45];
        var folder = Path.Combine(options.RuntimeDirectory, name);
        Directory.CreateDirectory(folder);
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.OtherExecute | UnixFileMode.GroupExecute);
        var relay = EgressRelay.Listen(Path.Combine(folder, "egress.sock"), logger);
        ControlGroups? groups = null;
        Process? process = null;
        try
        {
            groups = ControlGroups.Create(name, options);
            process = Process.Start(SandboxCommand.For(options, folder, groups.ProcsFiles, duckDbDirectories))
                ?? throw new WorkerStartException("The worker process could not be started.");
            var worker = new WorkerProcess(workspaceId, process, groups, folder, relay, logger);
            _ = worker.DrainErrorsAsync();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(StartTimeout);
            var hello = await worker._channel.ReadAsync(timeout.Token);
            if (hello is not { Kind: FrameKind.Hello } frame)
            {
                await worker.DisposeAsync();
                throw new WorkerStartException("The worker did not start.");
            }

            worker.Report = frame.Json<SandboxReport>();
            if (!worker.Report.Confined)
            {
                await worker.DisposeAsync();
                throw new WorkerStartException("The worker is not confined (it runs as root or holds capabilities).");
            }

            return worker;
        }
        catch (Exception ex) when (ex is not WorkerStartException)
        {
            Kill(process);
            relay.Dispose();
            groups?.Remove();
            throw new WorkerStartException("The worker could not be started.", ex);
        }
    }

    /// <summary>Sends one run and its files, and reads its answer. A worker that dies meanwhile answers an
    /// ENVIRONMENT failure (out of memory, when the cgroup says so); a cancellation asks the worker to stop and, past
    /// the grace, kills it.</summary>
    public async Task<WorkerReply> RunAsync(RunRequest request, IReadOnlyList<Stream> files, CancellationToken ct)
    {
        try
        {
            await _channel.WriteJsonAsync(FrameKind.Run, request, ct);
            foreach (var file in files) await SendFileAsync(file, ct);
            await using var cancel = ct.Register(() => _ = CancelAsync());
            return await ReadReplyAsync(request);
        }
        catch (Exception ex) when (ex is IOException or EndOfStreamException or InvalidDataException
                                       or ObjectDisposedException or OperationCanceledException)
        {
            Broken = true;
            if (ct.IsCancellationRequested) throw new OperationCanceledException("The run was cancelled.", ex, ct);
            return Died();
        }
    }

    /// <summary>Asks the worker which of these paths it sees (the self-check).</summary>
    public async Task<SandboxReport> ProbeAsync(IReadOnlyList<string> paths, CancellationToken ct)
    {
        await _channel.WriteJsonAsync(FrameKind.Probe, new ProbeRequest(paths), ct);
        var frame = await _channel.ReadAsync(ct) ?? throw new EndOfStreamException("The worker closed its pipe.");
        return frame.Json<SandboxReport>();
    }

    private async Task SendFileAsync(Stream file, CancellationToken ct)
    {
        var buffer = new byte[256 * 1024];
        int read;
        while ((read = await file.ReadAsync(buffer, ct)) > 0) await _channel.WriteAsync(FrameKind.FileChunk, buffer.AsMemory(0, read), ct);
        await _channel.WriteAsync(FrameKind.FileChunk, ReadOnlyMemory<byte>.Empty, ct);
    }

    /// <summary>The answer, bounded by what the run may return: a worker (compromised, say) that sends more bytes or
    /// rows than its run's limits is killed and the run fails, so it cannot grow the API's memory.</summary>
    private async Task<WorkerReply> ReadReplyAsync(RunRequest request)
    {
        var allowed = request.MaxBytes * 2 + (16L << 20); // Arrow's offsets and bitmaps on top of the JSON estimate
        using var arrow = new MemoryStream();
        while (true)
        {
            var frame = await _channel.ReadAsync(CancellationToken.None);
            switch (frame)
            {
                case null:
                    Broken = true;
                    return Died();
                case { Kind: FrameKind.Arrow } chunk:
                    if (arrow.Length + chunk.Payload.Length > allowed) return Overran();
                    arrow.Write(chunk.Payload);
                    break;
                case { Kind: FrameKind.Failed } failed:
                    return new WorkerReply(null, [], [], failed.Json<RunFailure>());
                case { Kind: FrameKind.Done } done:
                    var summary = done.Json<RunSummary>();
                    if (arrow.Length == 0) return new WorkerReply(summary, [], [], null);
                    // Over the received bytes themselves (no copy); the rows stay columnar until a page is written.
                    // A buffer much larger than its bytes is copied to size first: it stays alive as long as the result.
                    var bytes = arrow.Capacity > arrow.Length + arrow.Length / 4 ? arrow.ToArray() : arrow.GetBuffer();
                    var result = ArrowResultReader.Read(bytes.AsMemory(0, (int)arrow.Length));
                    if (result.RowCount > request.MaxRows || summary.Bytes > request.MaxBytes) return Overran();
                    return new WorkerReply(summary, result.Columns, new ArrowRows(result), null);
                default:
                    throw new InvalidDataException($"Unexpected {frame.Value.Kind} frame from a worker.");
            }
        }
    }

    private WorkerReply Overran()
    {
        Broken = true;
        Kill(_process);
        _logger.LogWarning("A worker of workspace {WorkspaceId} sent more than its run's limits; it was stopped.", WorkspaceId);
        return new WorkerReply(null, [], [], new RunFailure(ErrorClasses.Environment, "ENVIRONMENT",
            "The query's execution environment misbehaved and was stopped."));
    }

    private WorkerReply Died()
    {
        Kill(_process);
        var message = _groups.RanOutOfMemory()
            ? "The query ran out of memory in its execution environment and was stopped."
            : "The query's execution environment stopped unexpectedly.";
        _logger.LogWarning("A worker of workspace {WorkspaceId} died during a run ({Reason}).", WorkspaceId, message);
        return new WorkerReply(null, [], [], new RunFailure(ErrorClasses.Environment, "ENVIRONMENT", message));
    }

    private async Task CancelAsync()
    {
        try
        {
            Broken = true; // a cancelled run may leave the engine mid-statement: the worker is not reused
            await _channel.WriteAsync(FrameKind.Cancel, ReadOnlyMemory<byte>.Empty, CancellationToken.None);
            await Task.Delay(CancelGrace);
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            // already gone
        }

        Kill(_process);
    }

    private async Task DrainErrorsAsync()
    {
        // Standard error carries a crash's reason only; the first 2,000 characters are logged, the rest read and
        // dropped, so a worker that writes without end costs nothing. Never shown to anyone.
        var kept = new char[2000];
        var filled = 0;
        var buffer = new char[4096];
        int read;
        while ((read = await _process.StandardError.ReadAsync(buffer)) > 0)
        {
            var take = Math.Min(read, kept.Length - filled);
            buffer.AsSpan(0, take).CopyTo(kept.AsSpan(filled));
            filled += take;
        }

        if (filled > 0) _logger.LogWarning("Worker of workspace {WorkspaceId} wrote: {Text}", WorkspaceId, new string(kept, 0, filled));
    }

    private static void Kill(Process? process)
    {
        try
        {
            if (process is { HasExited: false }) process.Kill(entireProcessTree: true);
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // it exited meanwhile
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        try
        {
            _process.StandardInput.Close(); // the worker's loop ends when its input does
            using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await _process.WaitForExitAsync(exit.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or InvalidOperationException)
        {
            Kill(_process);
            await _process.WaitForExitAsync(CancellationToken.None);
        }

        _process.Dispose();
        Relay.Dispose();
        _groups.Remove();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // removed with the runtime folder at shutdown
        }
    }
}
