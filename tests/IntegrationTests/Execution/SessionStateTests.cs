using Deepnote.IntegrationTests.Infrastructure;
using Npgsql;
using static Deepnote.IntegrationTests.Execution.ExecutionWorld;

namespace Deepnote.IntegrationTests.Execution;

/// <summary>Nothing of a run outlives it on the customer's server, and changing only a password keeps the user.</summary>
public sealed class SessionStateTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task AnAdvisoryLockTakenInARun_IsNotStillHeldAfterIt_WhetherTheRunSucceedsOrFails()
    {
        await using var world = await CreateAsync(api, "Session state");

        var succeeded = await world.AdHocAsync(world.Editor, "select pg_advisory_lock(4242)");
        var failed = await world.AdHocAsync(world.Editor, "select pg_advisory_lock(4343), 1 / 0");

        Assert.Equal("SUCCEEDED", succeeded.Data.GetProperty("executeQuery").GetProperty("execution").GetProperty("status").GetString());
        Assert.Equal("FAILED", failed.Data.GetProperty("executeQuery").GetProperty("execution").GetProperty("status").GetString());
        var customer = new NpgsqlConnectionStringBuilder(CustomerServer.AdminConnectionString) { Database = world.CustomerDatabase };
        await using var connection = new NpgsqlConnection(customer.ConnectionString);
        await connection.OpenAsync();
        await using var locks = new NpgsqlCommand("select count(*) from pg_locks where locktype = 'advisory' and database = (select oid from pg_database where datname = current_database())", connection);
        var held = (long)(await locks.ExecuteScalarAsync())!;
        for (var wait = 0; held > 0 && wait < 50; wait++) // a closed backend leaves asynchronously
        {
            await Task.Delay(100);
            held = (long)(await locks.ExecuteScalarAsync())!;
        }

        Assert.Equal(0L, held);
    }

    [Fact]
    public async Task ChangingOnlyThePassword_KeepsTheUserName()
    {
        await using var world = await CreateAsync(api, "Password only");
        var before = (await world.Admin.DataAsync("query($c: ID!) { connection(id: $c) { username } }", new { c = world.Connection }))
            .GetProperty("connection").GetProperty("username").GetString();

        await world.Admin.DataAsync("mutation($c: ID!, $p: String!) { updateConnectionCredentials(input: { connectionId: $c, password: $p }) { connection { id } } }",
            new { c = world.Connection, p = await CustomerServer.PasswordAsync() });
        var after = (await world.Admin.DataAsync("query($c: ID!) { connection(id: $c) { username } }", new { c = world.Connection }))
            .GetProperty("connection").GetProperty("username").GetString();
        var run = await world.AdHocAsync(world.Editor, "select current_user");

        Assert.NotNull(before);
        Assert.Equal(before, after);
        Assert.Equal("SUCCEEDED", run.Data.GetProperty("executeQuery").GetProperty("execution").GetProperty("status").GetString());
    }

    [Fact]
    public async Task ADocumentAskingForRowsManyTimes_IsRefused_BeforeAnythingIsRendered()
    {
        await using var world = await CreateAsync(api, "Rows many times");
        var run = await world.AdHocAsync(world.Editor, "select region from sales");
        var id = run.Data.GetProperty("executeQuery").GetProperty("execution").GetProperty("id").GetString();
        var aliases = string.Join(" ", Enumerable.Range(0, 600).Select(i => $"r{i}: rows(limit: 100)"));
        const string viaFragments = "query($id: ID!) { execution(id: $id) { ...A ...A ...A } } fragment A on Execution { a: rows b: rows }";

        var many = await world.Editor.PostAsync($"query($id: ID!) {{ execution(id: $id) {{ {aliases} }} }}", new { id });
        var spread = await world.Editor.PostAsync(viaFragments, new { id });
        var two = await world.Editor.PostAsync("query($id: ID!) { execution(id: $id) { a: rows(limit: 1) b: rows(offset: 1, limit: 1) } }", new { id });

        Assert.Equal("LIMIT_EXCEEDED", many.ErrorCode);
        Assert.True(many.Body.Length < 1024);
        Assert.Equal("LIMIT_EXCEEDED", spread.ErrorCode);
        Assert.Null(two.Errors);
    }

    /// <summary>Item 7: whatever its aliases, one request returns at most one page of rows in total.</summary>
    [Fact]
    public async Task OneRequest_ReturnsAtMostOnePageOfRowsInTotal()
    {
        await using var world = await CreateAsync(api, "One page");
        var run = await world.Editor.PostAsync("mutation($i: ExecuteQueryInput!) { executeQuery(input: $i) { execution { id status } } }",
            new { i = new { projectId = world.Project, connectionId = world.Connection, sql = "select g from generate_series(1, 12000) g", maxRows = 12000 } });
        var id = run.Data.GetProperty("executeQuery").GetProperty("execution").GetProperty("id").GetString();

        var twoPages = await world.Editor.PostAsync("query($id: ID!) { execution(id: $id) { a: rows(limit: 6000) b: rows(offset: 6000, limit: 6000) } }", new { id });
        var first = await world.Editor.PostAsync("query($id: ID!) { execution(id: $id) { a: rows(limit: 6000) } }", new { id });
        var second = await world.Editor.PostAsync("query($id: ID!) { execution(id: $id) { b: rows(offset: 6000, limit: 6000) } }", new { id });

        Assert.Equal("SUCCEEDED", run.Data.GetProperty("executeQuery").GetProperty("execution").GetProperty("status").GetString());
        Assert.Equal("LIMIT_EXCEEDED", twoPages.ErrorCode);
        Assert.Null(first.Errors);
        Assert.Null(second.Errors);
        Assert.Equal(6000, second.Data.GetProperty("execution").GetProperty("b").GetArrayLength());
        Assert.Equal(6001, second.Data.GetProperty("execution").GetProperty("b")[0][0].GetInt32());
    }

    /// <summary>Item 6 for the rest of a session's state: a temporary table (gone while the session sits idle), a
    /// prepared statement, LISTEN, and settings made for the session are all gone before the next run.</summary>
    [Fact]
    public async Task TempTablesPreparedStatementsListenAndSettings_DoNotReachTheNextRun()
    {
        await using var world = await CreateAsync(api, "Session leftovers");
        await world.Admin.DataAsync("mutation($c: ID!) { setConnectionGuardrails(input: { connectionId: $c, allowWrites: true }) { connection { id } } }",
            new { c = world.Connection });
        var created = Result(await world.AdHocAsync(world.Editor, "create temp table leftover as select 1 as x"));
        var idleTemp = await CustomerServer.ScalarAsync<long>(world.CustomerDatabase,
            "select count(*) from pg_class where relname = 'leftover' and relpersistence = 't'");
        string[] leftovers =
        [
            "prepare leaked_plan as select 1", "listen leaked_channel",
            "select set_config('search_path', 'pg_catalog', false)", "select set_config('application_name', 'leaked', false)",
        ];
        foreach (var sql in leftovers)
        {
            var run = Result(await world.AdHocAsync(world.Editor, sql));
            Assert.True(run.GetProperty("status").GetString() == "SUCCEEDED", sql + ": " + run.GetRawText());
        }

        var next = Result(await world.AdHocAsync(world.Editor, """
            select (select count(*) from pg_prepared_statements where name = 'leaked_plan') as prepared,
                   (select count(*) from pg_listening_channels()) as listening,
                   current_setting('search_path') as search_path, current_setting('application_name') as app,
                   to_regclass('pg_temp.leftover') is null as no_temp
            """)).GetProperty("rows")[0];

        Assert.Equal("SUCCEEDED", created.GetProperty("status").GetString());
        Assert.Equal(0L, idleTemp); // while the session sits idle in the pool, not only once it is next opened
        Assert.Equal(0, next[0].GetInt32());
        Assert.Equal(0, next[1].GetInt32());
        Assert.Equal("\"$user\", public", next[2].GetString());
        Assert.Equal("deepnote", next[3].GetString());
        Assert.True(next[4].GetBoolean());
    }
}
