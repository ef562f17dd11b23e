using System.Net;
using System.Text.Json;
using Deepnote.Infrastructure.Execution.Workers;
using Deepnote.IntegrationTests.GraphQL;
using Deepnote.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static Deepnote.IntegrationTests.Execution.ExecutionWorld;

namespace Deepnote.IntegrationTests.Execution;

/// <summary>Issue 12, replayed: queries run in sandboxed workers per workspace, a crash fails only its run, and a
/// connection reaches neither the server's files nor its internal network. Each attack that once worked is here,
/// next to the legitimate run beside it.</summary>
public sealed class SandboxTests(PaddedApiFixture api) : IClassFixture<PaddedApiFixture>
{
    private const string Refused = "The server could not be reached.";

    [Fact]
    public async Task AWorker_SeesNoneOfTheServersFiles_RunsAsANonRootUserWithoutCapabilities_InItsCgroup()
    {
        var pool = api.App.Services.GetRequiredService<WorkerPool>();
        var worker = await pool.RentAsync(Guid.NewGuid(), [], TimeSpan.FromSeconds(30), default);
        try
        {
            string[] secrets =
            [
                ApiFixture.RepositoryPath(), ApiFixture.RepositoryPath(".data"), api.Settings.MasterKeyFile!,
                api.Settings.DataDirectory, AppContext.BaseDirectory, api.DuckDbDirectory, "/root", "/home", "/etc/passwd",
                "/etc/shadow", "/var/run/postgresql", $"/proc/{Environment.ProcessId}/environ", "/sys/fs/cgroup/memory",
            ];
            var report = await worker.ProbeAsync(secrets, default);
            var own = await worker.ProbeAsync(["/worker/Deepnote.Worker.dll", "/tmp", "/run/deepnote/egress.sock"], default);
            var cgroups = await File.ReadAllTextAsync($"/proc/{worker.ProcessId}/cgroup");

            Assert.Empty(report.Visible);
            Assert.Equal(3, own.Visible.Count);
            Assert.NotEqual(0, report.Uid);
            Assert.Equal(0UL, Convert.ToUInt64(report.EffectiveCapabilities, 16));
            Assert.Subset(new HashSet<string> { "DOTNET_EnableDiagnostics", "DOTNET_gcServer", "TMPDIR", "PWD" }, report.Environment.ToHashSet());
            Assert.Contains("deepnote/w", cgroups, StringComparison.Ordinal);
        }
        finally
        {
            await pool.ReturnAsync(worker, reusable: false);
        }
    }

    [Fact]
    public async Task Workspaces_NeverShareAWorker_AndAnIdleWorkerServesItsOwnWorkspaceAgain()
    {
        var pool = api.App.Services.GetRequiredService<WorkerPool>();
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        var first = await pool.RentAsync(a, [], TimeSpan.FromSeconds(30), default);
        await pool.ReturnAsync(first, reusable: true);
        var other = await pool.RentAsync(b, [], TimeSpan.FromSeconds(30), default);
        var again = await pool.RentAsync(a, [], TimeSpan.FromSeconds(30), default);

        Assert.NotSame(first, other);
        Assert.Same(first, again);
        Assert.NotEqual(first.ProcessId, other.ProcessId);
        await pool.ReturnAsync(other, reusable: false);
        await pool.ReturnAsync(again, reusable: false);
    }

    /// <summary>Item 1, second part: two concurrent DuckDB sorts over the memory limit spilled into the same temporary
    /// files, corrupted each other and crashed the server. Each run now sorts in its own worker with its own /tmp:
    /// both spill at once, each gets its own right answer (or fails on its own), and the API answers after.</summary>
    [Fact]
    public async Task TwoConcurrentSpillingSorts_EachGetTheirOwnAnswer_AndTheApiStaysUp()
    {
        await using var world = await CreateAsync(api, "Spilling sorts");
        var duck = await ConnectionAsync(world, new { name = "Duck", engine = "DUCKDB", database = ":memory:" });
        const int rows = 6_000_000; // ~2x DuckDB's share of a 384 MB worker once sorted with its payload
        string Sort(int seed) => $"select max(rn), min(v) from (select v, row_number() over (order by hash(v + {seed})) as rn "
            + $"from (select range as v, repeat('x', 24) as pad from range({rows}))) ";

        var both = await Task.WhenAll(RunAsync(world, duck, Sort(1)), RunAsync(world, duck, Sort(2)));
        var after = Result(await world.AdHocAsync(world.Editor, "select count(*) from sales"));

        foreach (var run in both.Select(Result))
        {
            var status = run.GetProperty("status").GetString();
            Assert.True(status is "SUCCEEDED" or "FAILED", run.GetRawText());
            if (status == "SUCCEEDED") Assert.Equal(rows, run.GetProperty("rows")[0][0].GetInt64());
            else Assert.Contains(run.GetProperty("errorClass").GetString(), new[] { "QUERY", "ENVIRONMENT" });
        }

        Assert.Contains(both.Select(Result), r => r.GetProperty("status").GetString() == "SUCCEEDED");
        Assert.Equal("SUCCEEDED", after.GetProperty("status").GetString());
    }

    /// <summary>Item 7a: DuckDB read a 100 MB value whole in the API before the 64 MiB limit refused it. The value is
    /// now read in the run's worker (DuckDB.NET cannot measure it first), where either the byte limit cuts the run
    /// (a large worker) or the worker's cgroup stops it as out of memory (this fixture's 384 MB worker); nothing of it
    /// reaches the API, and the next run works.</summary>
    [Fact]
    public async Task ADuckDbValueOverTheByteLimit_StaysInItsWorker_AndNeverReachesTheApi()
    {
        await using var world = await CreateAsync(api, "Huge value");
        var duck = await ConnectionAsync(world, new { name = "Duck", engine = "DUCKDB", database = ":memory:" });

        var run = Result(await RunAsync(world, duck, "select repeat('x', 100000000) as big"));
        var next = Result(await RunAsync(world, duck, "select 1"));

        var cut = run.GetProperty("status").GetString() == "SUCCEEDED" && run.GetProperty("truncated").GetBoolean();
        var stopped = run.GetProperty("status").GetString() == "FAILED" && run.GetProperty("errorClass").GetString() == "ENVIRONMENT"
            && run.GetProperty("error").GetString()!.Contains("out of memory", StringComparison.Ordinal);
        Assert.True(cut || stopped, run.GetRawText());
        Assert.Equal(0, run.GetProperty("rowCount").GetInt32());
        Assert.Equal(0, run.GetProperty("rows").GetArrayLength());
        Assert.Equal("SUCCEEDED", next.GetProperty("status").GetString());
    }

    /// <summary>Item 1: enable_logging() escaped DuckDB's configuration lock and its PermissionException aborted the
    /// whole server. Now it aborts one worker: that run fails as ENVIRONMENT, and the next run starts a fresh one.</summary>
    [Fact]
    public async Task AQueryThatAbortsItsEngine_FailsOnlyItsRun_AsAnEnvironmentError_AndTheNextRunWorks()
    {
        await using var world = await CreateAsync(api, "Crash");
        var duck = await ConnectionAsync(world, new { name = "Duck", engine = "DUCKDB", database = ":memory:" });

        var crash = Result(await RunAsync(world, duck,
            "create table t as select * from enable_logging(storage='file', storage_path='/tmp/x'); select 1"));
        var meanwhile = Result(await world.AdHocAsync(world.Editor, "select count(*) from sales"));
        var next = Result(await RunAsync(world, duck, "select 42 as answer"));

        Assert.Equal("FAILED", crash.GetProperty("status").GetString());
        Assert.Equal("ENVIRONMENT", crash.GetProperty("errorClass").GetString());
        Assert.Equal("SUCCEEDED", meanwhile.GetProperty("status").GetString());
        Assert.Equal("SUCCEEDED", next.GetProperty("status").GetString());
        Assert.Equal(42, next.GetProperty("rows")[0][0].GetInt32());
        Assert.Equal("NONE", next.GetProperty("transport").GetString());
        Assert.Equal("PLAIN", meanwhile.GetProperty("transport").GetString()); // the stand-in cluster has no TLS; the connection says DISABLE
        Assert.Equal("PLAIN", await api.Database.ScalarAsync<string>(
            "select data ->> 'transport' from events where event_type = 'QueryExecuted' and stream_id = $1",
            Guid.Parse(meanwhile.GetProperty("id").GetString()!)));
        Assert.Equal("ENVIRONMENT", await api.Database.ScalarAsync<string>(
            "select data ->> 'errorClass' from events where event_type = 'QueryFailed' and stream_id = $1",
            Guid.Parse(crash.GetProperty("id").GetString()!)));
        Assert.Equal("ENVIRONMENT", await api.Database.ScalarAsync<string>(
            "select error_class from executions where execution_id = $1", Guid.Parse(crash.GetProperty("id").GetString()!)));
    }

    /// <summary>Item 4: a POSTGRES connection to the product's own database (by address, by a name that resolves to
    /// it), to metadata and private addresses, reached the product's PostgreSQL. Now each is refused before a worker
    /// connects, with the sentence a closed port gets, and padded like it.</summary>
    [Fact]
    public async Task ConnectionsToTheProductsOwnDatabaseOrInternalAddresses_AreRefused_LikeAClosedPort()
    {
        await using var world = await CreateAsync(api, "Egress");
        var product = new NpgsqlConnectionStringBuilder(api.Database.ConnectionString);
        api.Dns.SetA("product.egress.test", () => IPAddress.Loopback);
        var padded = api.Padding.Count;
        (string Host, int Port)[] targets =
        [
            ("127.0.0.1", product.Port), ("product.egress.test", product.Port), ("::1", product.Port),
            ("169.254.169.254", 80), ("10.1.2.3", 5432), ("192.168.0.10", 5432), ("0.0.0.0", product.Port),
            ("/var/run/postgresql", 5432), ("@abstract", 5432), // Unix sockets
            ("127.0.0.1", api.BaseAddress.Port), // this node's own port
            ("127.0.0.1", 1), // allowed (the customers' stand-in lives on loopback) but closed
        ];

        foreach (var (host, port) in targets)
        {
            var connection = await ConnectionAsync(world, new
            {
                name = $"{host}:{port}", engine = "POSTGRES", host, port, database = product.Database, username = product.Username,
                password = product.Password, sslMode = "DISABLE",
            });
            var run = Result(await RunAsync(world, connection, "select count(*) from events"));
            var test = (await world.Admin.DataAsync("mutation($c: ID!) { testConnection(input: { connectionId: $c }) { success message } }",
                new { c = connection })).GetProperty("testConnection");

            Assert.Equal("FAILED", run.GetProperty("status").GetString());
            Assert.Equal("CONNECTION", run.GetProperty("errorClass").GetString());
            Assert.Equal(Refused, run.GetProperty("error").GetString());
            Assert.False(test.GetProperty("success").GetBoolean());
            Assert.Equal(Refused, test.GetProperty("message").GetString());
        }

        Assert.Equal(padded + 2 * targets.Length, api.Padding.Count); // the run and the test, each padded
    }

    /// <summary>The address checked is the address connected to: a name is resolved once per run (by the API, through
    /// DEEPNOTE_DNS_SERVER); a server that answers the customers' cluster one time and the metadata address the next
    /// gets a working run, then a refused one, never a connection to what it answered second.</summary>
    [Fact]
    public async Task ARebindingName_IsResolvedOncePerRun_AndTheCheckedAddressIsTheOneConnectedTo()
    {
        await using var world = await CreateAsync(api, "Rebinding");
        var answers = 0;
        api.Dns.SetA("rebind.egress.test", () => Interlocked.Increment(ref answers) % 2 == 1
            ? IPAddress.Parse(CustomerServer.Host) : IPAddress.Parse("169.254.169.254"));
        var connection = await ConnectionAsync(world, new
        {
            name = "Rebinding", engine = "POSTGRES", host = "rebind.egress.test", port = CustomerServer.Port,
            database = world.CustomerDatabase, username = CustomerServer.User, password = await CustomerServer.PasswordAsync(),
            sslMode = "DISABLE",
        });

        var first = Result(await RunAsync(world, connection, "select count(*) from sales"));
        var second = Result(await RunAsync(world, connection, "select count(*) from sales"));

        Assert.Equal("SUCCEEDED", first.GetProperty("status").GetString());
        Assert.Equal("FAILED", second.GetProperty("status").GetString());
        Assert.Equal(Refused, second.GetProperty("error").GetString());
        Assert.Equal(2, answers);
    }

    /// <summary>Item 4, last part: a "read-only" run executed COPY … TO PROGRAM as the postgres OS user. The customers'
    /// cluster is reached as a role without superuser rights, and even with writes allowed the program never runs.</summary>
    [Fact]
    public async Task CopyToProgram_IsRefusedByTheCustomersServer_EvenWithWritesAllowed()
    {
        await using var world = await CreateAsync(api, "Copy to program");
        await world.Admin.DataAsync("mutation($c: ID!) { setConnectionGuardrails(input: { connectionId: $c, allowWrites: true }) { connection { id } } }",
            new { c = world.Connection });

        var run = Result(await world.AdHocAsync(world.Admin, "copy (select 1) to program 'touch /tmp/deepnote-pwned'"));

        Assert.Equal("FAILED", run.GetProperty("status").GetString());
        Assert.Equal("QUERY", run.GetProperty("errorClass").GetString());
        Assert.False(File.Exists("/tmp/deepnote-pwned"));
    }

    /// <summary>Item 3: a DUCKDB connection took any server path, told existing files from missing ones, and read
    /// another tenant's database. Now only the workspace's files, :memory: and the operator's directories open, and
    /// every other path fails with one sentence, whether or not it exists.</summary>
    [Fact]
    public async Task DuckDbConnections_CannotNameServerPaths_AndTheAnswerDoesNotTellWhetherTheyExist()
    {
        await using var world = await CreateAsync(api, "Duck paths");
        string[] paths =
        [
            api.Settings.MasterKeyFile!, "/etc/passwd", "/nonexistent/secret.duckdb",
            Path.Combine(api.DuckDbDirectory, "..", "master.key"), api.DuckDbDirectory + "-other/x.duckdb",
        ];
        var messages = new HashSet<string>();

        foreach (var path in paths)
        {
            var connection = await ConnectionAsync(world, new { name = "Path " + messages.Count, engine = "DUCKDB", database = path });
            var run = Result(await RunAsync(world, connection, "select 1"));
            var test = (await world.Admin.DataAsync("mutation($c: ID!) { testConnection(input: { connectionId: $c }) { success message } }",
                new { c = connection })).GetProperty("testConnection");

            Assert.Equal("FAILED", run.GetProperty("status").GetString());
            Assert.False(test.GetProperty("success").GetBoolean());
            messages.Add(run.GetProperty("error").GetString()!);
            messages.Add(test.GetProperty("message").GetString()!);
        }

        var message = Assert.Single(messages);
        Assert.DoesNotContain("/", message.Replace(":files:", "", StringComparison.Ordinal).Replace(":memory:", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    /// <summary>Item 2: a 54 KB Parquet upload grew the server by 5 GB when queried. A file whose metadata declares
    /// more rows than the limit is refused before DuckDB reads its data.</summary>
    [Fact]
    public async Task AParquetFileDeclaringTooManyRows_IsRefusedBeforeItIsRead()
    {
        await using var world = await CreateAsync(api, "Parquet bomb");
        var path = Path.Combine(Path.GetTempPath(), $"bomb-{Guid.NewGuid():N}.parquet");
        await using (var duck = new DuckDB.NET.Data.DuckDBConnection("Data Source=:memory:"))
        {
            await duck.OpenAsync();
            await using var copy = duck.CreateCommand();
            copy.CommandText = $"copy (select 1 as x from range(25000000)) to '{path}' (format parquet, row_group_size 1000000)";
            await copy.ExecuteNonQueryAsync();
        }

        var bytes = await File.ReadAllBytesAsync(path);
        File.Delete(path);
        var files = await ConnectionAsync(world, new { name = "Uploads", engine = "DUCKDB", database = ":files:" });
        await world.UploadAsync("bomb.parquet", bytes);

        var run = Result(await RunAsync(world, files, "select count(*) from \"bomb.parquet\""));

        Assert.True(bytes.Length < 2_000_000, $"the test file should be small ({bytes.Length} bytes)");
        Assert.Equal("FAILED", run.GetProperty("status").GetString());
        Assert.Equal("QUERY", run.GetProperty("errorClass").GetString());
        Assert.StartsWith("The file bomb.parquet was refused: it declares 25000000 rows", run.GetProperty("error").GetString());
    }

    /// <summary>Item 3, last part: DuckDB's errors showed its internal statements and /proc/self/fd paths. A file that is
    /// not what its name says fails with its name, never the worker's paths or the statement that loaded it.</summary>
    [Fact]
    public async Task AFileThatIsNotWhatItsNameSays_FailsWithItsName_NotTheWorkersPathsOrStatements()
    {
        await using var world = await CreateAsync(api, "Corrupt file");
        var files = await ConnectionAsync(world, new { name = "Uploads", engine = "DUCKDB", database = ":files:" });
        await world.UploadAsync("broken.parquet", "this is not parquet at all"u8.ToArray());

        var run = Result(await RunAsync(world, files, "select * from \"broken.parquet\""));
        var error = run.GetProperty("error").GetString()!;

        Assert.Equal("FAILED", run.GetProperty("status").GetString());
        Assert.Contains("broken.parquet", error, StringComparison.Ordinal);
        Assert.DoesNotContain("/proc", error, StringComparison.Ordinal);
        Assert.DoesNotContain("/tmp", error, StringComparison.Ordinal);
        Assert.DoesNotContain("create table", error, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("read_parquet", error, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Item 4: 15 password guesses through testConnection took 12 s, unthrottled. Now a connection is tested
    /// at most 10 times a minute (and a person 40 times), then LIMIT_EXCEEDED; another connection still answers.</summary>
    [Fact]
    public async Task TestConnection_IsThrottledPerConnection()
    {
        await using var world = await CreateAsync(api, "Guessing");
        var other = await ConnectionAsync(world, new { name = "Other", engine = "DUCKDB", database = ":memory:" });
        const string test = "mutation($c: ID!) { testConnection(input: { connectionId: $c }) { success message } }";

        var answers = new List<GraphQLResponse>();
        for (var i = 0; i < 11; i++) answers.Add(await world.Admin.PostAsync(test, new { c = world.Connection }));
        var elsewhere = await world.Admin.PostAsync(test, new { c = other });

        Assert.All(answers.Take(10), a => Assert.True(a.Data.GetProperty("testConnection").GetProperty("success").GetBoolean(), a.Body));
        Assert.Equal("LIMIT_EXCEEDED", answers[10].ErrorCode);
        Assert.True(elsewhere.Data.GetProperty("testConnection").GetProperty("success").GetBoolean(), elsewhere.Body);
    }

    /// <summary>Item 3's legitimate flow: a DuckDB database is data the workspace uploads (sealed like any file), then
    /// a connection <c>upload:name.duckdb</c> opens it read-only; <c>:files:</c> sees it under its name; another
    /// workspace naming the same file finds nothing.</summary>
    [Fact]
    public async Task AnUploadedDuckDbDatabase_IsAReadOnlyConnection_OnlyInItsWorkspace()
    {
        await using var world = await CreateAsync(api, "Uploaded duck");
        await using var other = await CreateAsync(api, "Other tenant");
        var path = Path.Combine(Path.GetTempPath(), $"warehouse-{Guid.NewGuid():N}.duckdb");
        await using (var duck = new DuckDB.NET.Data.DuckDBConnection($"Data Source={path}"))
        {
            await duck.OpenAsync();
            await using var create = duck.CreateCommand();
            create.CommandText = "create table t as select range as n from range(1000)";
            await create.ExecuteNonQueryAsync();
        }

        var bytes = await File.ReadAllBytesAsync(path);
        File.Delete(path);
        await world.UploadAsync("warehouse.duckdb", bytes);
        var database = await ConnectionAsync(world, new { name = "Warehouse", engine = "DUCKDB", database = "upload:warehouse.duckdb" });
        var files = await ConnectionAsync(world, new { name = "Files", engine = "DUCKDB", database = ":files:" });
        var elsewhere = await ConnectionAsync(other, new { name = "Warehouse", engine = "DUCKDB", database = "upload:warehouse.duckdb" });

        var sum = Result(await RunAsync(world, database, "select sum(n) from t"));
        var drop = Result(await RunAsync(world, database, "drop table t"));
        var named = Result(await RunAsync(world, files, "select count(*) from \"warehouse.duckdb\".main.t"));
        var stranger = Result(await RunAsync(other, elsewhere, "select sum(n) from t"));
        var invalid = await world.Admin.PostAsync("mutation($w: ID!) { createConnection(input: { workspaceId: $w, name: \"Relative\", engine: DUCKDB, database: \"data/x.duckdb\" }) { connection { id } } }",
            new { w = world.Workspace });

        Assert.True(sum.GetProperty("status").GetString() == "SUCCEEDED", sum.GetRawText());
        Assert.Equal(499500, sum.GetProperty("rows")[0][0].GetInt64());
        Assert.Equal("FAILED", drop.GetProperty("status").GetString());
        Assert.Equal(1000, named.GetProperty("rows")[0][0].GetInt64());
        Assert.Equal("FAILED", stranger.GetProperty("status").GetString());
        Assert.Equal("The workspace has no uploaded DuckDB database named warehouse.duckdb.", stranger.GetProperty("error").GetString());
        Assert.Equal("VALIDATION_FAILED", invalid.ErrorCode);
    }

    /// <summary>Issue 16: deleting a file also empties the caches of the connections that read it, so its rows are
    /// not served after it is gone.</summary>
    [Fact]
    public async Task DeletingAFile_EmptiesTheCacheOfTheConnectionsThatReadIt()
    {
        await using var world = await CreateAsync(api, "Deleted file, cached rows");
        var files = await ConnectionAsync(world, new { name = "Uploads", engine = "DUCKDB", database = ":files:" });
        await world.Admin.DataAsync("mutation($c: ID!) { setCachePolicy(input: { connectionId: $c, mode: TTL, ttlSeconds: 600 }) { connection { id } } }",
            new { c = files });
        await world.UploadAsync("secret-list.csv", "name\nalpha\nbravo\n"u8.ToArray());
        var fileId = (await world.Admin.DataAsync("query($w: ID!) { workspace(id: $w) { files { edges { node { id } } } } }", new { w = world.Workspace }))
            .GetProperty("workspace").GetProperty("files").GetProperty("edges")[0].GetProperty("node").GetProperty("id").GetString();
        const string sql = "select count(*) as n from \"secret-list.csv\"";
        var first = Result(await RunAsync(world, files, sql));
        var cached = Result(await RunAsync(world, files, sql));

        await world.Admin.DataAsync("mutation($f: ID!) { deleteFile(input: { fileId: $f }) { deletedFileId } }", new { f = fileId });
        var after = Result(await RunAsync(world, files, sql));
        var invalidated = await world.Admin.AuditEventsAsync(world.Workspace, new { types = new[] { "CacheInvalidated" } });

        Assert.Equal("SUCCEEDED", first.GetProperty("status").GetString());
        Assert.True(cached.GetProperty("cacheHit").GetBoolean());
        Assert.False(after.GetProperty("cacheHit").GetBoolean());
        Assert.Equal("FAILED", after.GetProperty("status").GetString());
        Assert.Equal("a file it read was deleted", Assert.Single(invalidated).GetProperty("data").GetProperty("reason").GetString());
    }

    private static Task<GraphQLResponse> RunAsync(ExecutionWorld world, string connection, string sql) =>
        world.Admin.PostAsync(Run, new { i = new { projectId = world.Project, connectionId = connection, sql } });

    /// <summary>A connection in the world's workspace, granted to its ADMIN and attached to its project.</summary>
    private static async Task<string> ConnectionAsync(ExecutionWorld world, object input)
    {
        var fields = JsonSerializer.SerializeToNode(input)!.AsObject();
        fields["workspaceId"] = world.Workspace;
        var id = (await world.Admin.DataAsync("mutation($i: CreateConnectionInput!) { createConnection(input: $i) { connection { id } } }",
            new { i = fields })).GetProperty("createConnection").GetProperty("connection").GetProperty("id").GetString()!;
        await world.Admin.GrantAsync(id, (await world.Admin.DataAsync("{ me { id } }")).GetProperty("me").GetProperty("id").GetString()!);
        await world.Admin.DataAsync("mutation($p: ID!, $c: ID!) { attachConnection(input: { projectId: $p, connectionId: $c }) { project { id } } }",
            new { p = world.Project, c = id });
        return id;
    }
}
