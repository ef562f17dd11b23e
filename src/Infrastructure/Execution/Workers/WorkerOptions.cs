namespace Deepnote.Infrastructure.Execution.Workers;

/// <summary>How query workers are started and bounded (README, "Settings"; docs/operations.md).</summary>
public sealed class WorkerOptions
{
    /// <summary>The worker's build (Deepnote.Worker.dll and its libraries); bound read-only at /worker.</summary>
    public string Directory { get; init; } = Path.Combine(AppContext.BaseDirectory, "worker");

    /// <summary>Where each worker's private folder (its egress socket) is made; never bound whole into a sandbox. One
    /// per host (several hosts may share a process, as in tests): a host removes its own when it stops.</summary>
    public string RuntimeDirectory { get; init; } =
        Path.Combine(Path.GetTempPath(), $"deepnote-workers-{Environment.ProcessId}-{Guid.NewGuid():N}"[..40]);

    /// <summary>The cgroup memory limit of one worker (DuckDB gets half of it).</summary>
    public int MemoryMegabytes { get; init; } = 1024;

    /// <summary>The cgroup CPU quota of one worker, in percent of one core.</summary>
    public int CpuPercent { get; init; } = 100;

    /// <summary>The cgroup limit of processes and threads in one worker.</summary>
    public int MaxTasks { get; init; } = 256;

    public int MaxPerWorkspace { get; init; } = 4;

    public int MaxWorkers { get; init; } = 32;

    /// <summary>A worker with no run for this long is stopped.</summary>
    public int IdleSeconds { get; init; } = 60;

    /// <summary>The non-root user id inside the sandbox.</summary>
    public int SandboxUid { get; init; } = 1000;

    /// <summary>Server directories whose DuckDB files connections may name (read-only; empty: none, the default).</summary>
    public IReadOnlyList<string> DuckDbDirectories { get; init; } = [];

    /// <summary>Internal ranges customer connections may reach nevertheless (<c>DEEPNOTE_EGRESS_ALLOW</c>).</summary>
    public IReadOnlyList<System.Net.IPNetwork> EgressAllow { get; init; } = [];

    /// <summary>Single internal addresses and ports customer connections may reach (the sample database of
    /// <c>./deepnote run</c>), without opening the rest of their range.</summary>
    public IReadOnlyList<System.Net.IPEndPoint> EgressAllowEndpoints { get; init; } = [];
}
