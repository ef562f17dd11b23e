using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Deepnote.IntegrationTests.GraphQL;
using Deepnote.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using static Deepnote.IntegrationTests.Execution.ExecutionWorld;

namespace Deepnote.IntegrationTests.Execution;

/// <summary>Issue 13, item 2: no sticky sessions. Two API nodes on one database form an Orleans cluster (TLS between
/// them); a run on one is read, paged and cancelled from the other; a node that dies leaves its runs FAILED, said so by
/// a survivor.</summary>
public sealed class ClusterTests(ClusterFixture api) : IClassFixture<ClusterFixture>
{
    private const string Page = "query($id: ID!, $o: Int!) { execution(id: $id) { status rowCount rowsAvailable rows(offset: $o, limit: 10) } }";

    [Fact]
    public async Task ARunOnOneNode_IsReadPagedAndCancelledFromTheOther_AndOnlyByItsOwner()
    {
        await using var world = await CreateAsync(api, "Two nodes");
        var (second, secondAddress) = await api.StartNodeAsync(api.Settings);
        await using var _ = second;
        using var editorThere = SameSession(world.Editor, secondAddress);
        using var viewerThere = SameSession(world.Viewer, secondAddress);
        var (here, there) = (Silo(api.App.Services), Silo(second.Services));

        var finished = Result(await world.AdHocAsync(world.Editor, "select g from generate_series(1, 5000) g", new { maxRows = 5000 }))
            .GetProperty("id").GetString()!;
        var paged = (await editorThere.DataAsync(Page, new { id = finished, o = 4990 })).GetProperty("execution");
        var byViewer = await viewerThere.PostAsync(Page, new { id = finished, o = 0 });
        var running = Result(await world.AdHocAsync(world.Editor, "select pg_sleep(30)", new { waitSeconds = 0 })).GetProperty("id").GetString()!;
        for (var i = 0; i < 100 && !await ActiveAsync(running); i++) await Task.Delay(50);
        var seenRunning = (await editorThere.DataAsync(Page, new { id = running, o = 0 })).GetProperty("execution");
        var cancelled = await editorThere.DataAsync("mutation($id: ID!) { cancelExecution(input: { executionId: $id }) { cancelled } }", new { id = running });
        var stillActive = await ActiveAsync(running);
        var after = await AwaitAsync(editorThere, running);

        Assert.NotEqual(here, there);
        Assert.Contains(there, api.App.Services.GetRequiredService<IClusterMembershipService>().CurrentSnapshot.Members.Keys.Select(s => s.ToParsableString()));
        Assert.Equal("SUCCEEDED", paged.GetProperty("status").GetString());
        Assert.True(paged.GetProperty("rowsAvailable").GetBoolean());
        Assert.Equal(Enumerable.Range(4991, 10), paged.GetProperty("rows").EnumerateArray().Select(r => r[0].GetInt32()));
        Assert.Equal("NOT_FOUND", byViewer.ErrorCode);
        Assert.DoesNotContain("4991", byViewer.Body);
        Assert.Equal("RUNNING", seenRunning.GetProperty("status").GetString());
        Assert.True(cancelled.GetProperty("cancelExecution").GetProperty("cancelled").GetBoolean());
        Assert.False(stillActive, "the statement was still running after the other node cancelled it");
        Assert.Equal("CANCELLED", after.GetProperty("status").GetString());
        await second.StopAsync();
    }

    [Fact]
    public async Task ARevocationOnOneNode_EndsTheRunsHeldByTheOther()
    {
        await using var world = await CreateAsync(api, "Revoked elsewhere");
        var (second, secondAddress) = await api.StartNodeAsync(api.Settings);
        await using var _ = second;
        using var adminThere = SameSession(world.Admin, secondAddress);
        var finished = Result(await world.AdHocAsync(world.Editor, "select 'kept on node one' as x")).GetProperty("id").GetString()!;
        var running = Result(await world.AdHocAsync(world.Editor, "select pg_sleep(30)", new { waitSeconds = 0 })).GetProperty("id").GetString()!;
        for (var i = 0; i < 100 && !await ActiveAsync(running); i++) await Task.Delay(50);

        await adminThere.DataAsync("mutation($c: ID!, $u: ID!) { revokeConnectionAccess(input: { connectionId: $c, userId: $u }) { connection { id } } }",
            new { c = world.Connection, u = world.EditorId });

        for (var i = 0; i < 100 && await ActiveAsync(running); i++) await Task.Delay(50);
        Assert.False(await ActiveAsync(running), "node one kept running a query whose grant node two revoked");
        var read = (await world.Editor.DataAsync(Page, new { id = finished, o = 0 })).GetProperty("execution");
        Assert.False(read.GetProperty("rowsAvailable").GetBoolean());
        Assert.DoesNotContain("kept on node one", read.GetRawText());
        await second.StopAsync();
    }

    /// <summary>A real second process (the API as deployed), killed outright while its query runs.</summary>
    [Fact]
    public async Task ANodeThatDies_LeavesItsRunsFailed_WithAClearMessageOnTheSurvivor()
    {
        await using var world = await CreateAsync(api, "Node dies");
        using var node = await StartProcessNodeAsync();
        using var editorThere = SameSession(world.Editor, node.Address);

        var running = Result(await editorThere.PostAsync(Run, new { i = new { projectId = world.Project, connectionId = world.Connection,
            sql = "select pg_sleep(60)", waitSeconds = 0 } })).GetProperty("id").GetString()!;
        for (var i = 0; i < 200 && !await ActiveAsync(running); i++) await Task.Delay(50);
        var runningThere = (await world.Editor.DataAsync(Page, new { id = running, o = 0 })).GetProperty("execution");
        node.Process.Kill(entireProcessTree: true);
        await node.Process.WaitForExitAsync();

        JsonElement after = default;
        for (var i = 0; i < 300; i++)
        {
            var response = await world.Editor.PostAsync(Get, new { id = running });
            if (response.Errors is null && response.Data.GetProperty("execution").GetProperty("status").GetString() != "RUNNING")
            {
                after = response.Data.GetProperty("execution");
                break;
            }

            await Task.Delay(100);
        }

        Assert.Equal("RUNNING", runningThere.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Object, after.ValueKind);
        Assert.Equal("FAILED", after.GetProperty("status").GetString());
        Assert.Contains("stopped before it finished", after.GetProperty("error").GetString());
        Assert.Equal("ENVIRONMENT", after.GetProperty("errorClass").GetString());
        var failed = Assert.Single(await world.Admin.AuditEventsAsync(world.Workspace, new { types = new[] { "QueryFailed" } }));
        Assert.Equal("NODE_LOST", failed.GetProperty("data").GetProperty("errorCode").GetString());
        Assert.Equal(world.EditorId, failed.GetProperty("actor").GetProperty("id").GetString());
        await CustomerServer.ExecuteAsync("postgres", $"select pg_terminate_backend(pid) from pg_stat_activity where query like '%execution={running}%' and pid <> pg_backend_pid()");
    }

    [Fact]
    public async Task TheClusterPort_IsRefusedToCustomerConnections()
    {
        await using var world = await CreateAsync(api, "Silo port");
        var port = api.App.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress.Endpoint.Port;
        var connection = (await world.Admin.DataAsync("""
            mutation($w: ID!, $p: Int!) { createConnection(input: { workspaceId: $w, name: "Silo", engine: POSTGRES,
              host: "127.0.0.1", port: $p, database: "x", username: "u", password: "p", sslMode: DISABLE }) { connection { id } } }
            """, new { w = world.Workspace, p = port })).GetProperty("createConnection").GetProperty("connection").GetProperty("id").GetString()!;

        var test = await world.Admin.DataAsync("mutation($c: ID!) { testConnection(input: { connectionId: $c }) { success message } }", new { c = connection });

        Assert.False(test.GetProperty("testConnection").GetProperty("success").GetBoolean());
        Assert.Equal("The server could not be reached.", test.GetProperty("testConnection").GetProperty("message").GetString());
    }

    private static string Silo(IServiceProvider services) =>
        services.GetRequiredService<ILocalSiloDetails>().SiloAddress.ToParsableString();

    /// <summary>The same person on another node: the session cookie, nothing else.</summary>
    private static GraphQLClient SameSession(GraphQLClient client, Uri other)
    {
        var there = new GraphQLClient(other) { Mailbox = client.Mailbox };
        foreach (Cookie cookie in client.Cookies.GetAllCookies()) there.Cookies.Add(other, new Cookie(cookie.Name, cookie.Value) { Secure = true });
        return there;
    }

    /// <summary>The built API (src/Api/bin) started as its own process against the fixture's database and cluster.</summary>
    private async Task<ProcessNode> StartProcessNodeAsync()
    {
        var configuration = AppContext.BaseDirectory.Contains("/Debug/", StringComparison.Ordinal) ? "Debug" : "Release";
        var dll = ApiFixture.RepositoryPath("src", "Api", "bin", configuration, "net10.0", "Deepnote.Api.dll");
        var data = Directory.CreateTempSubdirectory("deepnote-node-").FullName;
        var port = FreePort();
        var start = new ProcessStartInfo(Environment.ProcessPath!, [dll])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = data,
        };
        start.Environment["DEEPNOTE_DB"] = api.Settings.Database;
        start.Environment["DEEPNOTE_URLS"] = $"https://127.0.0.1:{port}";
        start.Environment["DEEPNOTE_DATA_DIR"] = data;
        start.Environment["DEEPNOTE_MASTER_KEY_FILE"] = api.Settings.MasterKeyFile;
        start.Environment["DEEPNOTE_JOBS"] = "off";
        start.Environment["DEEPNOTE_EGRESS_ALLOW"] = "127.0.0.0/8";
        start.Environment["DEEPNOTE_CLUSTER_CERTIFICATE"] = api.CertificateFile;
        start.Environment["DEEPNOTE_CLUSTER_PROBE_SECONDS"] = "1";
        start.Environment["DEEPNOTE_CLUSTER_PORT"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["DEEPNOTE_WEB_ROOT"] = ApiFixture.RepositoryPath("src", "Api", "wwwroot");
        var process = Process.Start(start)!;
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var address = new Uri($"https://127.0.0.1:{port}");
        using var probe = new GraphQLClient(address);
        for (var i = 0; i < 600; i++)
        {
            if (process.HasExited) break;
            try
            {
                if ((await probe.Http.GetAsync("/healthz")).IsSuccessStatusCode) return new ProcessNode(process, address, data);
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        process.Kill(entireProcessTree: true);
        lock (output) throw new InvalidOperationException("The second node did not start:\n" + output);
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed record ProcessNode(Process Process, Uri Address, string DataDirectory) : IDisposable
    {
        public void Dispose()
        {
            if (!Process.HasExited) Process.Kill(entireProcessTree: true);
            Process.Dispose();
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
