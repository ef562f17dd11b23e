using System.Diagnostics;
using Deepnote.Infrastructure.Execution.Workers;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

/// <summary>Issue 12's figures for the sandboxed workers: the cold start of a workspace's first worker, an idle
/// worker's memory, and 16 workspaces running at once (each its own worker) against one running alone.</summary>
internal static class WorkerBenchmark
{
    private const string Run = "mutation($i: ExecuteQueryInput!) { executeQuery(input: $i) { execution { status rowCount } } }";

    public static async Task RunAsync(HttpClient http, WebApplication app, NpgsqlConnectionStringBuilder database,
        string tenThousand, int iterations)
    {
        var pool = app.Services.GetRequiredService<WorkerPool>();
        var me = (await ExecutionBenchmark.GraphQL(http, "{ me { id } }"))["me"]!["id"]!.GetValue<string>();

        // 4. Cold start: the first run of a new workspace starts its worker; the second finds it idle.
        var cold = new List<double>();
        var warm = new List<double>();
        var workspaces = new List<(string Project, string Connection)>();
        for (var i = 0; i < 16; i++)
        {
            var target = await WorkspaceAsync(http, database, me, $"Workers {i}");
            workspaces.Add(target);
            cold.Add(await TimeAsync(() => RunAsync(http, target, "select 1", 1)));
            warm.Add(await TimeAsync(() => RunAsync(http, target, "select 1", 1)));
        }

        Console.WriteLine();
        Console.WriteLine("| sandboxed workers | median ms | max ms |");
        Console.WriteLine("|---|---:|---:|");
        Console.WriteLine($"| `select 1`, a workspace's first run (starts its worker: bubblewrap, cgroups, .NET, JIT) | {Median(cold):F1} | {cold.Max():F1} |");
        Console.WriteLine($"| `select 1`, the next run (its idle worker) | {Median(warm):F1} | {warm.Max():F1} |");

        // 5. Memory of an idle worker that has served a run: resident set of its whole process tree.
        var rss = pool.IdleProcessIds().Select(TreeRssKiB).Where(k => k > 0).ToList();
        Console.WriteLine();
        Console.WriteLine($"Idle worker memory (RSS of the process tree, {rss.Count} workers): median {Median(rss.Select(k => (double)k).ToList()) / 1024:F1} MiB, "
            + $"max {rss.DefaultIfEmpty(0).Max() / 1024.0:F1} MiB.");

        // 6. 16 workspaces at once, each running 10,000 rows in its own (warm) worker, against one running alone.
        var alone = await ExecutionBenchmark.MeasureAsync(Math.Min(iterations, 20), () => RunAsync(http, workspaces[0], tenThousand, 10000));
        var together = new List<double>();
        var machineBefore = ExecutionBenchmark.MachineCpuMs();
        const int rounds = 5;
        for (var round = 0; round < rounds; round++)
        {
            var times = await Task.WhenAll(workspaces.Select(w => TimeAsync(() => RunAsync(http, w, tenThousand, 10000))));
            together.AddRange(times);
        }

        var machinePerRun = (ExecutionBenchmark.MachineCpuMs() - machineBefore) / (rounds * workspaces.Count);
        Console.WriteLine();
        Console.WriteLine("| 10,000 rows, workers | median ms | p95 ms | machine CPU ms per run |");
        Console.WriteLine("|---|---:|---:|---:|");
        Console.WriteLine($"| one workspace alone | {alone.Median:F1} | {alone.P95:F1} | {alone.MachineCpuMs:F1} |");
        together.Sort();
        Console.WriteLine($"| 16 workspaces at once (each its own worker), per run | {Median(together):F1} | {together[(int)Math.Ceiling(together.Count * 0.95) - 1]:F1} | {machinePerRun:F1} |");
        Console.WriteLine($"Workers alive at the end: {pool.Count}.");
    }

    private static async Task<(string Project, string Connection)> WorkspaceAsync(HttpClient http, NpgsqlConnectionStringBuilder database,
        string me, string name)
    {
        var workspace = (await ExecutionBenchmark.GraphQL(http, "mutation($n: String!) { createWorkspace(input: { name: $n }) { workspace { id } } }",
            new { n = name }))["createWorkspace"]!["workspace"]!["id"]!.GetValue<string>();
        var connection = (await ExecutionBenchmark.GraphQL(http, "mutation($i: CreateConnectionInput!) { createConnection(input: $i) { connection { id } } }",
            new { i = new { workspaceId = workspace, name = "Bench", engine = "POSTGRES", host = database.Host, port = database.Port,
                database = database.Database, username = database.Username, password = database.Password, sslMode = "DISABLE" } }))
            ["createConnection"]!["connection"]!["id"]!.GetValue<string>();
        await ExecutionBenchmark.GraphQL(http, "mutation($c: ID!, $u: ID!) { grantConnectionAccess(input: { connectionId: $c, userId: $u }) { connection { id } } }",
            new { c = connection, u = me });
        var project = (await ExecutionBenchmark.GraphQL(http, "mutation($w: ID!) { createProject(input: { workspaceId: $w, name: \"Bench\" }) { project { id } } }",
            new { w = workspace }))["createProject"]!["project"]!["id"]!.GetValue<string>();
        await ExecutionBenchmark.GraphQL(http, "mutation($p: ID!, $c: ID!) { attachConnection(input: { projectId: $p, connectionId: $c }) { project { id } } }",
            new { p = project, c = connection });
        return (project, connection);
    }

    private static async Task RunAsync(HttpClient http, (string Project, string Connection) target, string sql, int rows)
    {
        var execution = (await ExecutionBenchmark.GraphQL(http, Run, new
        {
            i = new { projectId = target.Project, connectionId = target.Connection, sql, bypassCache = true, waitSeconds = 30 },
        }))["executeQuery"]!["execution"]!;
        if (execution["status"]!.GetValue<string>() != "SUCCEEDED" || execution["rowCount"]!.GetValue<int>() != rows)
        {
            throw new InvalidOperationException("Unexpected run: " + execution.ToJsonString());
        }
    }

    private static async Task<double> TimeAsync(Func<Task> action)
    {
        var started = Stopwatch.GetTimestamp();
        await action();
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }

    /// <summary>The resident memory of a process and all its descendants, in KiB.</summary>
    private static long TreeRssKiB(int pid)
    {
        long total = 0;
        var pending = new Stack<int>([pid]);
        while (pending.TryPop(out var current))
        {
            var status = $"/proc/{current}/status";
            if (!File.Exists(status)) continue;
            var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            if (line is not null) total += long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture);
            var children = $"/proc/{current}/task/{current}/children";
            if (File.Exists(children))
            {
                foreach (var child in File.ReadAllText(children).Split(' ', StringSplitOptions.RemoveEmptyEntries)) pending.Push(int.Parse(child, System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return total;
    }
}
