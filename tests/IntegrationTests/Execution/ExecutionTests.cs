using System.Text.Json;
using Deepnote.IntegrationTests.GraphQL;
using Deepnote.IntegrationTests.Infrastructure;
using static Deepnote.IntegrationTests.Execution.ExecutionWorld;

namespace Deepnote.IntegrationTests.Execution;

/// <summary>Running SQL over GraphQL against a real PostgreSQL database: who may run what, guardrails, the
/// attribution comment, asynchronous runs, cancellation in the database, ephemeral per-person results, audit.</summary>
public sealed class ExecutionTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static List<List<JsonElement>> Rows(JsonElement execution) =>
        execution.GetProperty("rows").EnumerateArray().Select(r => r.EnumerateArray().ToList()).ToList();

    [Fact]
    public async Task Editor_RunsAdHocSql_GetsRowsAndColumns_AndTheRunIsAudited()
    {
        await using var world = await CreateAsync(api, "Run ad hoc");
        Task<long> ConnectionStreamAsync() =>
            api.Database.ScalarAsync<long>("select count(*) from events where stream_id = $1", Guid.Parse(world.Connection));
        var streamBefore = await ConnectionStreamAsync();

        var response = await world.AdHocAsync(world.Editor, "select region, sum(amount) as total, count(*) from sales group by region order by region");

        var execution = Result(response);
        Assert.Equal("SUCCEEDED", execution.GetProperty("status").GetString());
        Assert.Equal(4, execution.GetProperty("rowCount").GetInt32());
        Assert.False(execution.GetProperty("cacheHit").GetBoolean());
        Assert.Equal(["region", "total", "count"], execution.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        var rows = Rows(execution);
        Assert.Equal("east", rows[0][0].GetString());
        Assert.Equal(25, rows[0][2].GetInt64());
        var executed = Assert.Single(await world.Admin.AuditEventsAsync(world.Workspace, new { types = new[] { "QueryExecuted" } }));
        Assert.Equal(4, executed.GetProperty("data").GetProperty("rowCount").GetInt64());
        Assert.Matches("^k1:[0-9a-f]{64}$", executed.GetProperty("data").GetProperty("sqlHmac").GetString()!);
        Assert.Equal(JsonValueKind.Null, executed.GetProperty("data").GetProperty("sqlHash").ValueKind);
        Assert.DoesNotContain("sum(amount)", executed.GetRawText());
        Assert.Equal(world.EditorId, executed.GetProperty("actor").GetProperty("id").GetString());
        var unwrapped = await world.Admin.AuditEventsAsync(world.Workspace, new { types = new[] { "SecretUnwrapped" } });
        Assert.Contains(unwrapped, e => e.GetProperty("data").GetProperty("purpose").GetString() == "execute-query");
        Assert.Equal(streamBefore, await ConnectionStreamAsync()); // unwraps go to their own stream, not the connection's
    }

    [Fact]
    public async Task EveryStatement_CarriesTheAttributionComment_WithIdsOnly()
    {
        await using var world = await CreateAsync(api, "Attribution");

        var execution = Result(await world.AdHocAsync(world.Editor, "select current_query()"));

        var text = Rows(execution)[0][0].GetString()!;
        Assert.Contains($"workspace={world.Workspace}", text);
        Assert.Contains($"project={world.Project}", text);
        Assert.Contains("block=ad-hoc", text);
        Assert.Contains($"execution={execution.GetProperty("id").GetString()}", text);
        Assert.DoesNotContain("@", text);
    }

    [Fact]
    public async Task Viewer_RunsASavedBlock_ButNotAdHocSql_AndTheDenialIsAudited()
    {
        await using var world = await CreateAsync(api, "Viewer runs");
        var block = await world.AddBlockAsync("select count(*) from sales");

        var saved = await world.BlockAsync(world.Viewer, block);
        var adHoc = await world.AdHocAsync(world.Viewer, "select 1");
        var ungranted = await world.AdHocAsync(world.Ungranted, "select 1");
        var ungrantedBlock = await world.BlockAsync(world.Ungranted, block);

        Assert.Equal(100, Rows(Result(saved))[0][0].GetInt64());
        Assert.Equal("FORBIDDEN", adHoc.ErrorCode);
        Assert.Contains("capped at EXECUTE", adHoc.Errors!.Value[0].GetProperty("message").GetString());
        Assert.Equal("FORBIDDEN", ungranted.ErrorCode);
        Assert.Equal("FORBIDDEN", ungrantedBlock.ErrorCode);
        var denied = await world.Admin.AuditEventsAsync(world.Workspace, new { types = new[] { "AccessDenied" } });
        Assert.Equal(3, denied.Count(e => e.GetProperty("data").GetProperty("operation").GetString() == "ExecuteQueryCommand"));
    }

    [Fact]
    public async Task Connection_MustBeAttachedToTheProject()
    {
        await using var world = await CreateAsync(api, "Attached");
        await world.Admin.DataAsync("mutation($p: ID!, $c: ID!) { detachConnection(input: { projectId: $p, connectionId: $c }) { project { id } } }",
            new { p = world.Project, c = world.Connection });

        var response = await world.AdHocAsync(world.Editor, "select 1");

        Assert.Equal("FORBIDDEN", response.ErrorCode);
        Assert.Contains("not attached", response.Errors!.Value[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Writes_AreRefusedByDefault_AndNeedTheAllowWritesGuardrail()
    {
        await using var world = await CreateAsync(api, "Writes");
        const string insert = "insert into notes values ('hello')";

        var refused = Result(await world.AdHocAsync(world.Editor, insert));
        var escape = Result(await world.AdHocAsync(world.Editor, "commit; insert into notes values ('x')"));
        var nonAdmin = await world.Editor.PostAsync("mutation($c: ID!) { setConnectionGuardrails(input: { connectionId: $c, allowWrites: true }) { connection { id } } }",
            new { c = world.Connection });
        await world.Admin.DataAsync("mutation($c: ID!) { setConnectionGuardrails(input: { connectionId: $c, allowWrites: true }) { connection { id } } }",
            new { c = world.Connection });
        var allowed = Result(await world.AdHocAsync(world.Editor, insert));
        var count = Result(await world.AdHocAsync(world.Editor, "select count(*) from notes"));

        Assert.Equal("FAILED", refused.GetProperty("status").GetString());
        Assert.Contains("read-only", refused.GetProperty("error").GetString());
        Assert.Equal("FAILED", escape.GetProperty("status").GetString());
        Assert.Equal("FORBIDDEN", nonAdmin.ErrorCode);
        Assert.Equal("SUCCEEDED", allowed.GetProperty("status").GetString());
        Assert.Equal(1, Rows(count)[0][0].GetInt64());
        var failed = await world.Admin.AuditEventsAsync(world.Workspace, new { types = new[] { "QueryFailed" } });
        Assert.Contains(failed, e => e.GetProperty("data").GetProperty("errorCode").GetString() == "25006");
    }

    [Fact]
    public async Task RowAndTimeLimits_TruncateOrStopTheQuery()
    {
        await using var world = await CreateAsync(api, "Limits");
        await world.Admin.DataAsync("mutation($c: ID!) { setConnectionGuardrails(input: { connectionId: $c, maxRows: 20, timeoutSeconds: 1 }) { connection { id } } }",
            new { c = world.Connection });

        var capped = Result(await world.AdHocAsync(world.Editor, "select * from sales order by id"));
        var asked = Result(await world.AdHocAsync(world.Editor, "select * from sales order by id", new { maxRows = 7 }));
        var askedMore = Result(await world.AdHocAsync(world.Editor, "select * from sales order by id", new { maxRows = 50 }));
        var slow = Result(await world.AdHocAsync(world.Editor, "select pg_sleep(3)"));
        await world.Admin.DataAsync("mutation($c: ID!) { setConnectionGuardrails(input: { connectionId: $c, maxRows: 20, timeoutSeconds: 5, maxBytes: 100000 }) { connection { id } } }",
            new { c = world.Connection });
        var enormous = Result(await world.AdHocAsync(world.Editor, "select 1 as n, repeat('x', 50000000) as big"));
        var small = Result(await world.AdHocAsync(world.Editor, "select 1 as n, repeat('x', 10) as big, repeat('y', 9000) as medium, '\\x0aff'::bytea as b"));
        var enormousBinary = Result(await world.AdHocAsync(world.Editor, "select convert_to(repeat('x', 5000000), 'UTF8') as big"));
        var bad = await world.AdHocAsync(world.Editor, "select 1", new { maxRows = 0 });

        Assert.Equal((20, true), (capped.GetProperty("rowCount").GetInt32(), capped.GetProperty("truncated").GetBoolean()));
        Assert.Equal((7, true), (asked.GetProperty("rowCount").GetInt32(), asked.GetProperty("truncated").GetBoolean()));
        Assert.Equal(20, askedMore.GetProperty("rowCount").GetInt32());
        Assert.Equal("FAILED", slow.GetProperty("status").GetString());
        Assert.Contains("1 s", slow.GetProperty("error").GetString());
        Assert.Equal("VALIDATION_FAILED", bad.ErrorCode);
        Assert.Equal((0, true), (enormous.GetProperty("rowCount").GetInt32(), enormous.GetProperty("truncated").GetBoolean()));
        Assert.Equal("xxxxxxxxxx", Rows(small)[0][1].GetString());
        Assert.Equal(new string('y', 9000), Rows(small)[0][2].GetString());
        Assert.Equal("\\x0aff", Rows(small)[0][3].GetString());
        Assert.Equal((0, true), (enormousBinary.GetProperty("rowCount").GetInt32(), enormousBinary.GetProperty("truncated").GetBoolean()));
    }

    [Fact]
    public async Task LongQuery_AnswersRunning_ThenThePollGetsTheResult()
    {
        await using var world = await CreateAsync(api, "Async");

        var started = Result(await world.AdHocAsync(world.Editor, "select pg_sleep(1.5), 42 as answer", new { waitSeconds = 0 }));
        var id = started.GetProperty("id").GetString()!;
        var finished = await AwaitAsync(world.Editor, id);

        Assert.Equal("RUNNING", started.GetProperty("status").GetString());
        Assert.True(finished.GetProperty("status").GetString() == "SUCCEEDED", finished.GetRawText());
        Assert.Equal(42, Rows(finished)[0][1].GetInt32());
        var executed = Assert.Single(await world.Admin.AuditEventsAsync(world.Workspace, new { types = new[] { "QueryExecuted" } }));
        Assert.Equal(world.EditorId, executed.GetProperty("actor").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Cancel_StopsTheQueryInTheDatabaseWithinASecond_AndIsAudited()
    {
        await using var world = await CreateAsync(api, "Cancel");
        var started = Result(await world.AdHocAsync(world.Editor, "select pg_sleep(30)", new { waitSeconds = 0 }));
        var id = started.GetProperty("id").GetString()!;
        for (var i = 0; i < 100 && !await ActiveAsync(id); i++) await Task.Delay(50);
        Assert.True(await ActiveAsync(id), "the query never showed up in pg_stat_activity");

        var otherUser = await world.Viewer.PostAsync("mutation($id: ID!) { cancelExecution(input: { executionId: $id }) { cancelled } }", new { id });
        var cancelled = await world.Editor.DataAsync("mutation($id: ID!) { cancelExecution(input: { executionId: $id }) { cancelled } }", new { id });
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        while (await ActiveAsync(id) && stopwatch.Elapsed < TimeSpan.FromSeconds(1)) await Task.Delay(20);
        var goneWithinASecond = !await ActiveAsync(id);
        var after = await AwaitAsync(world.Editor, id);
        var again = await world.Editor.DataAsync("mutation($id: ID!) { cancelExecution(input: { executionId: $id }) { cancelled } }", new { id });

        Assert.Equal("NOT_FOUND", otherUser.ErrorCode);
        Assert.True(cancelled.GetProperty("cancelExecution").GetProperty("cancelled").GetBoolean());
        Assert.True(goneWithinASecond, "the cancelled query was still active after a second");
        Assert.Equal("CANCELLED", after.GetProperty("status").GetString());
        Assert.False(again.GetProperty("cancelExecution").GetProperty("cancelled").GetBoolean());
        var events = await world.Admin.AuditEventsAsync(world.Workspace, new { types = new[] { "QueryCancelled", "QueryExecuted", "QueryFailed" } });
        var recordedCancel = Assert.Single(events);
        Assert.Equal("QueryCancelled", recordedCancel.GetProperty("type").GetString());
        Assert.Equal("BY_OWNER", recordedCancel.GetProperty("data").GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Results_AreOnlyForTheirOwner_PageFromMemory_AndAreDroppedOnSignOut()
    {
        await using var world = await CreateAsync(api, "Ephemeral");
        var id = Result(await world.AdHocAsync(world.Editor, "select id from sales order by id")).GetProperty("id").GetString()!;

        var page = (await world.Editor.DataAsync("query($id: ID!) { execution(id: $id) { rowCount rows(offset: 10, limit: 3) } }", new { id }))
            .GetProperty("execution");
        var byAdmin = await world.Admin.PostAsync(Get, new { id });
        var badLimit = await world.Editor.PostAsync("query($id: ID!) { execution(id: $id) { rows(limit: 20000) } }", new { id });
        var history = (await world.Admin.DataAsync("query($p: ID!) { project(id: $p) { executions(first: 10) { edges { node { id status rowCount rowsAvailable } } } } }",
            new { p = world.Project })).GetProperty("project").GetProperty("executions").GetProperty("edges");
        await world.Editor.DataAsync("mutation { signOut }");
        await world.Editor.SignInAsync((await world.Admin.DataAsync("query($w: ID!) { workspace(id: $w) { members(first: 50) { edges { node { userId email } } } } }",
                new { w = world.Workspace })).GetProperty("workspace").GetProperty("members").GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("node")).First(n => n.GetProperty("userId").GetString() == world.EditorId).GetProperty("email").GetString()!,
            Workflows.MemberPassword);
        var afterSignOut = (await world.Editor.DataAsync(Get, new { id })).GetProperty("execution");

        Assert.Equal(100, page.GetProperty("rowCount").GetInt32());
        Assert.Equal([11, 12, 13], page.GetProperty("rows").EnumerateArray().Select(r => r[0].GetInt32()));
        Assert.Equal("NOT_FOUND", byAdmin.ErrorCode);
        Assert.Equal("VALIDATION_FAILED", badLimit.ErrorCode);
        var recorded = Assert.Single(history.EnumerateArray()).GetProperty("node");
        Assert.Equal(id, recorded.GetProperty("id").GetString());
        Assert.Equal(100, recorded.GetProperty("rowCount").GetInt32());
        Assert.False(recorded.GetProperty("rowsAvailable").GetBoolean());
        Assert.Equal("SUCCEEDED", afterSignOut.GetProperty("status").GetString());
        Assert.False(afterSignOut.GetProperty("rowsAvailable").GetBoolean());
        Assert.Empty(afterSignOut.GetProperty("rows").EnumerateArray());
    }

    [Fact]
    public async Task BadInput_IsAValidationError_AndEngineErrorsAreShownNot500()
    {
        await using var world = await CreateAsync(api, "Bad input");

        var block = await world.AddBlockAsync("select 1");
        var both = await world.Editor.PostAsync(Run, new { i = new { projectId = world.Project, blockId = block, connectionId = world.Connection, sql = "select 1" } });
        var neither = await world.Editor.PostAsync(Run, new { i = new { projectId = world.Project } });
        var missingBlock = await world.BlockAsync(world.Editor, Guid.NewGuid().ToString());
        var syntax = Result(await world.AdHocAsync(world.Editor, "selec 1"));
        var missingTable = Result(await world.AdHocAsync(world.Editor, "select * from nowhere"));

        Assert.Equal("VALIDATION_FAILED", both.ErrorCode);
        Assert.Equal("VALIDATION_FAILED", neither.ErrorCode);
        Assert.Equal("NOT_FOUND", missingBlock.ErrorCode);
        Assert.Equal("FAILED", syntax.GetProperty("status").GetString());
        Assert.Contains("syntax", syntax.GetProperty("error").GetString());
        Assert.Contains("nowhere", missingTable.GetProperty("error").GetString());
    }

    [Fact]
    public async Task DuckDbConnection_RunsSql()
    {
        await using var world = await CreateAsync(api, "Duck");
        var duck = (await world.Admin.DataAsync("""mutation($w: ID!) { createConnection(input: { workspaceId: $w, name: "Duck", engine: DUCKDB, database: ":memory:" }) { connection { id } } }""",
            new { w = world.Workspace })).GetProperty("createConnection").GetProperty("connection").GetProperty("id").GetString()!;
        await world.Admin.GrantAsync(duck, world.EditorId);
        await world.Admin.GrantAsync(duck, (await world.Admin.DataAsync("{ me { id } }")).GetProperty("me").GetProperty("id").GetString()!);
        await world.Admin.DataAsync("mutation($p: ID!, $c: ID!) { attachConnection(input: { projectId: $p, connectionId: $c }) { project { id } } }", new { p = world.Project, c = duck });

        var execution = Result(await world.Editor.PostAsync(Run, new { i = new { projectId = world.Project, connectionId = duck,
            sql = "select range as n, 'x' || range as label from range(5)" } }));

        Assert.Equal("SUCCEEDED", execution.GetProperty("status").GetString());
        Assert.Equal(5, execution.GetProperty("rowCount").GetInt32());
        Assert.Equal("x4", Rows(execution)[4][1].GetString());
    }

    private static async Task<string> FilesConnectionAsync(ExecutionWorld world)
    {
        var files = (await world.Admin.DataAsync("""mutation($w: ID!) { createConnection(input: { workspaceId: $w, name: "Uploads", engine: DUCKDB, database: ":files:" }) { connection { id } } }""",
            new { w = world.Workspace })).GetProperty("createConnection").GetProperty("connection").GetProperty("id").GetString()!;
        await world.Admin.GrantAsync(files, world.EditorId);
        await world.Admin.GrantAsync(files, (await world.Admin.DataAsync("{ me { id } }")).GetProperty("me").GetProperty("id").GetString()!);
        await world.Admin.DataAsync("mutation($p: ID!, $c: ID!) { attachConnection(input: { projectId: $p, connectionId: $c }) { project { id } } }", new { p = world.Project, c = files });
        return files;
    }

    [Fact]
    public async Task UploadedCsv_IsQueriedByName_FromMemory_AndTheServersFilesStayOutOfReach()
    {
        await using var world = await CreateAsync(api, "Files");
        await world.UploadAsync("q3_sales.csv", "region,amount\nnorth,10\nsouth,5\nnorth,7\n"u8.ToArray(), "text/csv");
        var files = await FilesConnectionAsync(world);
        Task<GraphQLResponse> RunAsync(string sql) =>
            world.Editor.PostAsync(Run, new { i = new { projectId = world.Project, connectionId = files, sql } });

        var sums = Result(await RunAsync("select region, sum(amount) as total from \"q3_sales.csv\" group by region order by total desc"));
        var serverFile = Result(await RunAsync("select * from read_csv_auto('/etc/hostname')"));
        var reopen = Result(await RunAsync("set enable_external_access = true"));

        Assert.Equal("SUCCEEDED", sums.GetProperty("status").GetString());
        Assert.Equal(["north", "south"], Rows(sums).Select(r => r[0].GetString()));
        Assert.Equal(17, Rows(sums)[0][1].GetInt64());
        Assert.Equal("FAILED", serverFile.GetProperty("status").GetString());
        Assert.Equal("FAILED", reopen.GetProperty("status").GetString());
    }

    [Fact]
    public async Task UploadedParquet_IsQueriedByName()
    {
        await using var world = await CreateAsync(api, "Parquet");
        var path = Path.Combine(Path.GetTempPath(), $"deepnote-{Guid.NewGuid():N}.parquet");
        await using (var duck = new DuckDB.NET.Data.DuckDBConnection("Data Source=:memory:"))
        {
            await duck.OpenAsync();
            await using var copy = duck.CreateCommand();
            copy.CommandText = $"copy (select * from (values ('north', 10), ('south', 5), ('north', 7)) t(region, amount)) to '{path}' (format parquet)";
            await copy.ExecuteNonQueryAsync();
        }

        await world.UploadAsync("q4.parquet", await File.ReadAllBytesAsync(path), "application/octet-stream");
        File.Delete(path);
        var files = await FilesConnectionAsync(world);

        var total = Result(await world.Editor.PostAsync(Run, new { i = new { projectId = world.Project, connectionId = files,
            sql = "select sum(amount) as total, count(*) as n from \"q4.parquet\"" } }));

        Assert.True(total.GetProperty("status").GetString() == "SUCCEEDED", total.GetRawText());
        Assert.Equal(22, Rows(total)[0][0].GetInt64());
        Assert.Equal(3, Rows(total)[0][1].GetInt64());
    }

    [Fact]
    public async Task WhenTheAuditAppendFails_NoResultIsServed()
    {
        await using var world = await CreateAsync(api, "Fail closed");
        await using var refusal = await api.Database.RefuseEventsAsync("QueryExecuted", world.Workspace);

        var sync = await world.AdHocAsync(world.Editor, "select 'secret-row' as x", new { waitSeconds = 30 });
        var started = Result(await world.AdHocAsync(world.Editor, "select pg_sleep(1), 'secret-row' as x", new { waitSeconds = 0 }));
        var later = await AwaitAsync(world.Editor, started.GetProperty("id").GetString()!);

        Assert.NotNull(sync.Errors);
        Assert.DoesNotContain("secret-row", sync.Body);
        Assert.Equal("FAILED", later.GetProperty("status").GetString());
        Assert.Contains("audit log", later.GetProperty("error").GetString());
        Assert.False(later.GetProperty("rowsAvailable").GetBoolean());
        Assert.DoesNotContain("secret-row", later.GetRawText());
    }

    [Fact]
    public async Task WorkspaceQuerySettings_SetTheDefaults_AndCapTheCacheTtl()
    {
        await using var world = await CreateAsync(api, "Workspace defaults");
        const string update = "mutation($w: ID!, $t: Int, $r: Int, $c: Int) { updateWorkspaceQuerySettings(input: { workspaceId: $w, defaultTimeoutSeconds: $t, defaultMaxRows: $r, maxCacheTtlSeconds: $c }) { workspace { id } } }";
        const string policy = "mutation($c: ID!, $t: Int) { setCachePolicy(input: { connectionId: $c, mode: TTL, ttlSeconds: $t }) { connection { id } } }";

        var byEditor = await world.Editor.PostAsync(update, new { w = world.Workspace, r = 5 });
        var invalid = await world.Admin.PostAsync(update, new { w = world.Workspace, r = 0 });
        await world.Admin.DataAsync(update, new { w = world.Workspace, r = 5, c = 60 });
        var settings = (await world.Editor.DataAsync("query($w: ID!) { workspace(id: $w) { querySettings { timeoutSeconds maxRows maxCacheTtlSeconds ownTimeoutSeconds } } }",
            new { w = world.Workspace })).GetProperty("workspace").GetProperty("querySettings");
        var byDefault = Result(await world.AdHocAsync(world.Editor, "select * from sales"));
        await world.Admin.DataAsync("mutation($c: ID!) { setConnectionGuardrails(input: { connectionId: $c, maxRows: 20 }) { connection { id } } }", new { c = world.Connection });
        var byGuardrail = Result(await world.AdHocAsync(world.Editor, "select * from sales"));
        var tooLong = await world.Admin.PostAsync(policy, new { c = world.Connection, t = 300 });
        var withinCap = await world.Admin.PostAsync(policy, new { c = world.Connection, t = 60 });

        Assert.Equal("FORBIDDEN", byEditor.ErrorCode);
        Assert.Equal("VALIDATION_FAILED", invalid.ErrorCode);
        Assert.Equal((60, 5, 60), (settings.GetProperty("timeoutSeconds").GetInt32(), settings.GetProperty("maxRows").GetInt32(),
            settings.GetProperty("maxCacheTtlSeconds").GetInt32()));
        Assert.Equal(JsonValueKind.Null, settings.GetProperty("ownTimeoutSeconds").ValueKind);
        Assert.Equal(5, byDefault.GetProperty("rowCount").GetInt32());
        Assert.True(byDefault.GetProperty("truncated").GetBoolean());
        Assert.Equal(20, byGuardrail.GetProperty("rowCount").GetInt32());
        Assert.Equal("VALIDATION_FAILED", tooLong.ErrorCode);
        Assert.Null(withinCap.Errors);
    }

    [Fact]
    public async Task DuckDbFileInAnOperatorDirectory_IsReadOnly_AndServesConcurrentRuns()
    {
        await using var world = await CreateAsync(api, "Duck file");
        var path = Path.Combine(api.DuckDbDirectory, $"deepnote-{Guid.NewGuid():N}.duckdb");
        await using (var duck = new DuckDB.NET.Data.DuckDBConnection($"Data Source={path}"))
        {
            await duck.OpenAsync();
            await using var create = duck.CreateCommand();
            create.CommandText = "create table t as select range as n from range(1000)";
            await create.ExecuteNonQueryAsync();
        }

        try
        {
            var file = (await world.Admin.DataAsync("mutation($w: ID!, $d: String!) { createConnection(input: { workspaceId: $w, name: \"Warehouse file\", engine: DUCKDB, database: $d }) { connection { id } } }",
                new { w = world.Workspace, d = path })).GetProperty("createConnection").GetProperty("connection").GetProperty("id").GetString()!;
            await world.Admin.GrantAsync(file, world.EditorId);
            await world.Admin.GrantAsync(file, (await world.Admin.DataAsync("{ me { id } }")).GetProperty("me").GetProperty("id").GetString()!);
            await world.Admin.DataAsync("mutation($p: ID!, $c: ID!) { attachConnection(input: { projectId: $p, connectionId: $c }) { project { id } } }", new { p = world.Project, c = file });
            Task<GraphQLResponse> RunAsync(string sql) => world.Editor.PostAsync(Run, new { i = new { projectId = world.Project, connectionId = file, sql } });

            var both = await Task.WhenAll(RunAsync("select sum(n) from t"), RunAsync("select count(*) from t"));
            var drop = Result(await RunAsync("drop table t"));
            var still = Result(await RunAsync("select count(*) from t"));

            Assert.Equal(499500, Rows(Result(both[0]))[0][0].GetInt64());
            Assert.Equal(1000, Rows(Result(both[1]))[0][0].GetInt64());
            Assert.Equal("FAILED", drop.GetProperty("status").GetString());
            Assert.Equal(1000, Rows(still)[0][0].GetInt64());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task AWriteThatReturnsMoreThanTheLimit_IsRolledBackAndFails()
    {
        await using var world = await CreateAsync(api, "Truncated write");
        await world.Admin.DataAsync("mutation($c: ID!) { setConnectionGuardrails(input: { connectionId: $c, allowWrites: true, maxRows: 2 }) { connection { id } } }",
            new { c = world.Connection });

        var write = Result(await world.AdHocAsync(world.Editor, "insert into notes select 'n' || i from generate_series(1, 5) i returning body"));
        var count = Result(await world.AdHocAsync(world.Editor, "select count(*) from notes"));

        Assert.Equal("FAILED", write.GetProperty("status").GetString());
        Assert.Contains("rolled back", write.GetProperty("error").GetString());
        Assert.Equal(0, Rows(count)[0][0].GetInt64());
    }

    [Fact]
    public async Task AnApiToken_ReadsOnlyRunsOfItsOwnWorkspace()
    {
        await using var world = await CreateAsync(api, "Token scope");
        var id = Result(await world.AdHocAsync(world.Admin, "select 1")).GetProperty("id").GetString()!;
        var other = await world.Admin.CreateWorkspaceAsync("Elsewhere");
        async Task<GraphQLResponse> WithTokenOfAsync(string workspace)
        {
            var token = (await world.Admin.DataAsync("mutation($w: ID!) { createApiToken(input: { workspaceId: $w, name: \"t\", expiresInDays: 1 }) { token } }",
                new { w = workspace })).GetProperty("createApiToken").GetProperty("token").GetString()!;
            using var client = api.NewClient();
            client.BearerToken = token;
            return await client.PostAsync(Get, new { id });
        }

        var own = await WithTokenOfAsync(world.Workspace);
        var elsewhere = await WithTokenOfAsync(other);

        Assert.Equal("SUCCEEDED", own.Data.GetProperty("execution").GetProperty("status").GetString());
        Assert.Equal("NOT_FOUND", elsewhere.ErrorCode);
    }
}
