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
        var customer = new NpgsqlConnectionStringBuilder(TestDatabase.ServerConnectionString) { Database = world.CustomerDatabase };
        await using var connection = new NpgsqlConnection(customer.ConnectionString);
        await connection.OpenAsync();
        await using var locks = new NpgsqlCommand("select count(*) from pg_locks where locktype = 'advisory'", connection);
        Assert.Equal(0L, (long)(await locks.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task ChangingOnlyThePassword_KeepsTheUserName()
    {
        await using var world = await CreateAsync(api, "Password only");
        var before = (await world.Admin.DataAsync("query($c: ID!) { connection(id: $c) { username } }", new { c = world.Connection }))
            .GetProperty("connection").GetProperty("username").GetString();

        await world.Admin.DataAsync("mutation($c: ID!, $p: String!) { updateConnectionCredentials(input: { connectionId: $c, password: $p }) { connection { id } } }",
            new { c = world.Connection, p = new NpgsqlConnectionStringBuilder(TestDatabase.ServerConnectionString).Password });
        var after = (await world.Admin.DataAsync("query($c: ID!) { connection(id: $c) { username } }", new { c = world.Connection }))
            .GetProperty("connection").GetProperty("username").GetString();
        var run = await world.AdHocAsync(world.Editor, "select current_user");

        Assert.NotNull(before);
        Assert.Equal(before, after);
        Assert.Equal("SUCCEEDED", run.Data.GetProperty("executeQuery").GetProperty("execution").GetProperty("status").GetString());
    }
}
