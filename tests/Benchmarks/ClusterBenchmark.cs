using System.Net;
using Deepnote.Api.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

/// <summary>Issue 13's figure: paging a 10,000-row result from the node that holds it vs from another node of the
/// cluster (which asks the holder's grain for the page as JSON), the same run, the same person, in the same process.</summary>
internal static class ClusterBenchmark
{
    private static async Task<double> TimeAsync(Func<Task> action)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await action();
        return System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];
    }

    private const string Page = "query($id: ID!) { execution(id: $id) { status rowCount rows(limit: 10000) } }";

    public static async Task RunAsync(HttpClient owner, CookieCollection session, DeepnoteSettings settings, string project,
        string connection, string tenThousand, int iterations)
    {
        await using var second = DeepnoteHost.Build(settings, configure: b => b.Logging.ClearProviders());
        await second.StartAsync();
        var address = new Uri(second.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var cookies = new CookieContainer();
        foreach (Cookie cookie in session) cookies.Add(address, new Cookie(cookie.Name, cookie.Value) { Secure = true });
        using var other = new HttpClient(new HttpClientHandler
        {
            CookieContainer = cookies,
            ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
        }) { BaseAddress = address };
        other.DefaultRequestHeaders.Add("X-Deepnote-CSRF", "1");

        var run = await ExecutionBenchmark.GraphQL(owner, "mutation($i: ExecuteQueryInput!) { executeQuery(input: $i) { execution { id status } } }",
            new { i = new { projectId = project, connectionId = connection, sql = tenThousand, bypassCache = true, maxRows = 10000, waitSeconds = 30 } });
        var id = run["executeQuery"]!["execution"]!["id"]!.GetValue<string>();
        async Task PageAsync(HttpClient client)
        {
            var rows = (await ExecutionBenchmark.GraphQL(client, Page, new { id }))["execution"]!["rows"]!.AsArray();
            if (rows.Count != 10000) throw new InvalidOperationException($"A page of {rows.Count} rows instead of 10,000.");
        }

        for (var i = 0; i < 5; i++)
        {
            await PageAsync(owner);
            await PageAsync(other);
        }

        // Interleaved, so that both paths see the same machine (collections, idle workers ending, the other tests' noise).
        var (fromOwner, fromOther) = (new List<double>(), new List<double>());
        for (var i = 0; i < iterations * 2; i++)
        {
            fromOwner.Add(await TimeAsync(() => PageAsync(owner)));
            fromOther.Add(await TimeAsync(() => PageAsync(other)));
        }

        Console.WriteLine();
        Console.WriteLine($"| a page of 10,000 rows of one run, {iterations * 2} reads each, interleaved | median ms | p95 ms |");
        Console.WriteLine("|---|---:|---:|");
        Console.WriteLine($"| from the node holding the result | {Percentile(fromOwner, 0.5):F2} | {Percentile(fromOwner, 0.95):F2} |");
        Console.WriteLine($"| from another node (the run's grain answers with the page as JSON) | {Percentile(fromOther, 0.5):F2} | {Percentile(fromOther, 0.95):F2} |");
        Console.WriteLine();
        Console.WriteLine($"The other node: {Percentile(fromOther, 0.5) - Percentile(fromOwner, 0.5):+0.00;-0.00} ms at the median "
            + $"({Percentile(fromOther, 0.5) / Percentile(fromOwner, 0.5):F2}x).");
        await second.StopAsync();
    }
}
