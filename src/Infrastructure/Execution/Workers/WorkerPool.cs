using Microsoft.Extensions.Logging;

namespace Deepnote.Infrastructure.Execution.Workers;

/// <summary>The workers of this node, per workspace: a workspace's run takes one of its idle workers or starts a new
/// one (tenants never share a process), up to a cap per workspace and one per node; beyond them a run waits for a
/// worker as long as its own timeout allows. Idle workers stop after <see cref="WorkerOptions.IdleSeconds"/>.</summary>
public sealed class WorkerPool : IAsyncDisposable
{
    private readonly WorkerOptions _options;
    private readonly ILogger<WorkerPool> _logger;
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, Stack<WorkerProcess>> _idle = [];
    private readonly Dictionary<Guid, int> _busy = [];
    private readonly SemaphoreSlim _slots;
    private readonly Timer _sweeper;
    private int _count;

    public WorkerPool(WorkerOptions options, ILogger<WorkerPool> logger)
    {
        _options = options;
        _logger = logger;
        _slots = new SemaphoreSlim(options.MaxWorkers, options.MaxWorkers);
        _sweeper = new Timer(_ => _ = SweepAsync(), null, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5));
    }

    /// <summary>How many workers are alive on this node (busy and idle).</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>A worker of <paramref name="workspaceId"/> for one run; give it back with <see cref="ReturnAsync"/>.</summary>
    public async Task<WorkerProcess> RentAsync(Guid workspaceId, IReadOnlyList<string> duckDbDirectories, TimeSpan wait,
        CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(wait);
        while (true)
        {
            lock (_gate)
            {
                // A worker with operator directories bound is started for that run alone (the binds are per process).
                if (duckDbDirectories.Count == 0 && _idle.TryGetValue(workspaceId, out var idle) && idle.TryPop(out var worker))
                {
                    _busy[workspaceId] = _busy.GetValueOrDefault(workspaceId) + 1;
                    if (worker.Healthy) return worker;
                    Unbusy(workspaceId);
                    _ = RetireAsync(worker);
                    continue;
                }

                // A run with operator binds cannot use an idle worker: one of them makes room instead of making it wait.
                if (duckDbDirectories.Count > 0 && Busy(workspaceId) >= _options.MaxPerWorkspace
                    && _idle.TryGetValue(workspaceId, out var own) && own.TryPop(out var spare))
                {
                    _ = RetireAsync(spare);
                }

                if (Busy(workspaceId) < _options.MaxPerWorkspace)
                {
                    if (_slots.Wait(0))
                    {
                        _busy[workspaceId] = _busy.GetValueOrDefault(workspaceId) + 1;
                        break;
                    }

                    // The node is full: another workspace's idle worker makes room (the least recently used).
                    var evicted = _idle.Where(i => i.Key != workspaceId).SelectMany(i => i.Value.Select(w => (i.Key, w)))
                        .OrderBy(p => p.w.LastUsed).FirstOrDefault();
                    if (evicted.w is not null)
                    {
                        _idle[evicted.Key] = new Stack<WorkerProcess>(_idle[evicted.Key].Where(w => w != evicted.w).Reverse());
                        _ = RetireAsync(evicted.w);
                    }
                }
            }

            try
            {
                await Task.Delay(50, timeout.Token);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                throw new WorkerStartException("Every execution environment of this workspace is busy; try again shortly.");
            }
        }

        try
        {
            var worker = await WorkerProcess.StartAsync(workspaceId, _options, duckDbDirectories, _logger, timeout.Token);
            Interlocked.Increment(ref _count);
            return worker;
        }
        catch
        {
            lock (_gate) Unbusy(workspaceId);
            _slots.Release();
            throw;
        }
    }

    /// <summary>Takes a worker back: a healthy one waits for the workspace's next run, any other is stopped.</summary>
    public async Task ReturnAsync(WorkerProcess worker, bool reusable)
    {
        worker.Relay.Destination = null;
        worker.LastUsed = Environment.TickCount64;
        lock (_gate)
        {
            Unbusy(worker.WorkspaceId);
            if (reusable && worker.Healthy)
            {
                if (!_idle.TryGetValue(worker.WorkspaceId, out var idle)) _idle[worker.WorkspaceId] = idle = new Stack<WorkerProcess>();
                idle.Push(worker);
                return;
            }
        }

        await RetireAsync(worker);
    }

    /// <summary>One fewer busy worker of the workspace; a workspace with none is forgotten (the map stays bounded).</summary>
    private void Unbusy(Guid workspaceId)
    {
        if (_busy.TryGetValue(workspaceId, out var busy) && busy > 1) _busy[workspaceId] = busy - 1;
        else _busy.Remove(workspaceId);
    }

    private int Busy(Guid workspaceId) =>
        _busy.GetValueOrDefault(workspaceId) + (_idle.TryGetValue(workspaceId, out var idle) ? idle.Count : 0);

    private async Task RetireAsync(WorkerProcess worker)
    {
        await worker.DisposeAsync();
        Interlocked.Decrement(ref _count);
        _slots.Release();
    }

    private async Task SweepAsync()
    {
        var stale = new List<WorkerProcess>();
        var cutoff = Environment.TickCount64 - _options.IdleSeconds * 1000L;
        lock (_gate)
        {
            foreach (var (workspace, idle) in _idle.ToList())
            {
                var keep = idle.Where(w => w.LastUsed > cutoff && w.Healthy).Reverse().ToList();
                stale.AddRange(idle.Except(keep));
                if (keep.Count == 0) _idle.Remove(workspace);
                else _idle[workspace] = new Stack<WorkerProcess>(keep);
            }
        }

        foreach (var worker in stale) await RetireAsync(worker);
    }

    /// <summary>The process ids of the idle workers (the benchmark measures their memory).</summary>
    internal IReadOnlyList<int> IdleProcessIds()
    {
        lock (_gate) return _idle.Values.SelectMany(s => s).Select(w => w.ProcessId).ToList();
    }

    /// <summary>Stops every idle worker now (tests; shutdown).</summary>
    public async Task StopIdleAsync()
    {
        List<WorkerProcess> all;
        lock (_gate)
        {
            all = _idle.Values.SelectMany(s => s).ToList();
            _idle.Clear();
        }

        foreach (var worker in all) await RetireAsync(worker);
    }

    public async ValueTask DisposeAsync()
    {
        await _sweeper.DisposeAsync();
        await StopIdleAsync();
        try
        {
            if (Directory.Exists(_options.RuntimeDirectory)) Directory.Delete(_options.RuntimeDirectory, recursive: true);
        }
        catch (IOException)
        {
            // a worker still stopping
        }
    }
}
