using Deepnote.IntegrationTests.GraphQL;
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
}
