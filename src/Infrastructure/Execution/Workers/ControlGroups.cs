namespace Deepnote.Infrastructure.Execution.Workers;

/// <summary>One worker's control group: memory, CPU and task limits, under cgroup v2 (one hierarchy) or v1 (a
/// hierarchy per controller). The worker joins it before bubblewrap starts, so everything it forks is inside.
/// Without a writable cgroup the worker is not started (fail closed).</summary>
public sealed class ControlGroups
{
    private const string Root = "/sys/fs/cgroup";
    private readonly List<string> _directories = [];

    private ControlGroups()
    {
    }

    /// <summary>The <c>cgroup.procs</c> files the starting process writes its own id into.</summary>
    public IReadOnlyList<string> ProcsFiles => _directories.Select(d => Path.Combine(d, "cgroup.procs")).ToList();

    public static bool IsVersion2 => File.Exists(Path.Combine(Root, "cgroup.controllers"));

    public static ControlGroups Create(string name, WorkerOptions options)
    {
        var groups = new ControlGroups();
        try
        {
            var memory = (long)options.MemoryMegabytes << 20;
            const int period = 100_000;
            var quota = period * options.CpuPercent / 100;
            if (IsVersion2)
            {
                var parent = Path.Combine(Root, "deepnote");
                System.IO.Directory.CreateDirectory(parent);
                TryWrite(Path.Combine(Root, "cgroup.subtree_control"), "+memory +cpu +pids");
                TryWrite(Path.Combine(parent, "cgroup.subtree_control"), "+memory +cpu +pids");
                var group = groups.Make(Path.Combine(parent, name));
                File.WriteAllText(Path.Combine(group, "memory.max"), memory.ToString(System.Globalization.CultureInfo.InvariantCulture));
                TryWrite(Path.Combine(group, "memory.swap.max"), "0");
                File.WriteAllText(Path.Combine(group, "cpu.max"), $"{quota} {period}");
                File.WriteAllText(Path.Combine(group, "pids.max"), options.MaxTasks.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                var mem = groups.Make(Path.Combine(Root, "memory", "deepnote", name));
                File.WriteAllText(Path.Combine(mem, "memory.limit_in_bytes"), memory.ToString(System.Globalization.CultureInfo.InvariantCulture));
                TryWrite(Path.Combine(mem, "memory.memsw.limit_in_bytes"), memory.ToString(System.Globalization.CultureInfo.InvariantCulture));
                var cpu = groups.Make(Path.Combine(Root, "cpu", "deepnote", name));
                File.WriteAllText(Path.Combine(cpu, "cpu.cfs_period_us"), period.ToString(System.Globalization.CultureInfo.InvariantCulture));
                File.WriteAllText(Path.Combine(cpu, "cpu.cfs_quota_us"), quota.ToString(System.Globalization.CultureInfo.InvariantCulture));
                var pids = groups.Make(Path.Combine(Root, "pids", "deepnote", name));
                File.WriteAllText(Path.Combine(pids, "pids.max"), options.MaxTasks.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            return groups;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            groups.Remove();
            throw new WorkerStartException("The execution environment cannot limit a worker (no writable cgroup).", ex);
        }
    }

    /// <summary>Whether the group's memory limit was hit (an out-of-memory kill explains a worker's death).</summary>
    public bool RanOutOfMemory()
    {
        foreach (var directory in _directories)
        {
            foreach (var file in new[] { "memory.events", "memory.oom_control" })
            {
                var path = Path.Combine(directory, file);
                if (File.Exists(path) && File.ReadLines(path).Any(l => l.StartsWith("oom_kill ", StringComparison.Ordinal)
                        && l.Trim() != "oom_kill 0")) return true;
            }
        }

        return false;
    }

    /// <summary>Removes the groups (they must be empty: called once the worker has exited).</summary>
    public void Remove()
    {
        foreach (var directory in Enumerable.Reverse(_directories))
        {
            for (var attempt = 0; attempt < 20; attempt++)
            {
                try
                {
                    if (System.IO.Directory.Exists(directory)) System.IO.Directory.Delete(directory);
                    break;
                }
                catch (IOException)
                {
                    Thread.Sleep(25); // the last task is still leaving
                }
            }
        }

        _directories.Clear();
    }

    private string Make(string directory)
    {
        System.IO.Directory.CreateDirectory(directory);
        _directories.Add(directory);
        return directory;
    }

    private static void TryWrite(string path, string value)
    {
        try
        {
            File.WriteAllText(path, value);
        }
        catch (IOException)
        {
            // optional: not every kernel offers it
        }
    }
}
