using Deepnote.IntegrationTests.GraphQL;
using Deepnote.IntegrationTests.Infrastructure;
using static Deepnote.IntegrationTests.Execution.ExecutionWorld;

namespace Deepnote.IntegrationTests.Execution;

/// <summary>"Edit connection" changes where a connection points. Its shared password never follows it elsewhere, the
/// next run reads the new database, cached rows of the old one are gone, and nobody but its ADMINs may move it.</summary>
public sealed class MoveConnectionTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Move = """
        mutation($c: ID!, $h: String, $port: Int, $d: String, $s: SslMode, $p: String) {
          moveConnection(input: { connectionId: $c, host: $h, port: $port, database: $d, sslMode: $s, password: $p }) {
            connection { host port database sslMode credentialsFingerprint }
          }
        }
        """;

    [Fact]
    public async Task AMovedConnection_ReadsTheNewDatabase_AndNeedsItsPasswordAgain()
    {
        await using var world = await CreateAsync(api, "Moving");
        var other = await CustomerServer.CreateDatabaseAsync("create table moved (x text); insert into moved values ('the new place');");
        var password = await CustomerServer.PasswordAsync();
        var before = Result(await world.AdHocAsync(world.Editor, "select current_database() as db"));

        var withoutPassword = await world.Admin.PostAsync(Move,
            new { c = world.Connection, h = CustomerServer.Host, port = CustomerServer.Port, d = other, s = "DISABLE" });
        var moved = (await world.Admin.DataAsync(Move,
            new { c = world.Connection, h = CustomerServer.Host, port = CustomerServer.Port, d = other, s = "DISABLE", p = password }))
            .GetProperty("moveConnection").GetProperty("connection");
        var after = Result(await world.AdHocAsync(world.Editor, "select x from moved"));
        var events = await world.Admin.AuditEventsAsync(world.Workspace, new { types = new[] { "ConnectionMoved" } });

        Assert.Equal(world.CustomerDatabase, before.GetProperty("rows")[0][0].GetString());
        Assert.Equal("VALIDATION_FAILED", withoutPassword.ErrorCode);
        Assert.Contains("password", withoutPassword.Body);
        Assert.Equal(other, moved.GetProperty("database").GetString());
        Assert.Equal("SUCCEEDED", after.GetProperty("status").GetString());
        Assert.Equal("the new place", after.GetProperty("rows")[0][0].GetString());
        var recorded = Assert.Single(events).GetProperty("data");
        Assert.Equal(other, recorded.GetProperty("database").GetString());
        Assert.DoesNotContain(password, recorded.GetRawText());
        await CustomerServer.DropDatabaseAsync(other);
    }

    [Fact]
    public async Task BadTargets_AreFieldErrors_AndOnlyItsAdminsMayMoveIt()
    {
        await using var world = await CreateAsync(api, "Not moving");
        var outsider = await api.NewOutsiderAsync(world.Admin);
        using var _ = outsider;
        var target = new { c = world.Connection, h = "attacker.example", port = 5432, d = "loot", s = "DISABLE", p = "Any-Password-1" };

        var badPort = await world.Admin.PostAsync(Move, new { c = world.Connection, h = CustomerServer.Host, port = 70000, d = "x", s = "DISABLE", p = "Any-Password-1" });
        var badHost = await world.Admin.PostAsync(Move, new { c = world.Connection, h = "a b;c", port = 5432, d = "x", s = "DISABLE", p = "Any-Password-1" });
        var byEditor = await world.Editor.PostAsync(Move, target);
        var byOutsider = await outsider.PostAsync(Move, target);
        var still = Result(await world.AdHocAsync(world.Editor, "select current_database() as db"));

        Assert.Equal("VALIDATION_FAILED", badPort.ErrorCode);
        Assert.Contains("port", badPort.Body);
        Assert.Equal("VALIDATION_FAILED", badHost.ErrorCode);
        Assert.Contains("host", badHost.Body);
        Assert.Equal("FORBIDDEN", byEditor.ErrorCode);
        Assert.Equal("NOT_FOUND", byOutsider.ErrorCode);
        Assert.Equal(world.CustomerDatabase, still.GetProperty("rows")[0][0].GetString());
        Assert.Empty(await world.Admin.AuditEventsAsync(world.Workspace, new { types = new[] { "ConnectionMoved" } }));
    }
}
