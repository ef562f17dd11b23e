using Deepnote.IntegrationTests.GraphQL;
using Deepnote.IntegrationTests.Infrastructure;
using static Deepnote.IntegrationTests.Execution.ExecutionWorld;

namespace Deepnote.IntegrationTests.Execution;

/// <summary>Issue 13, item 4: a connection may sign each member in with their own database account. The database then
/// sees each person: they cannot read or cancel each other's statements. Hostile cases next to the legitimate flow.</summary>
public sealed class PersonalCredentialsTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string SetMine = """
        mutation($c: ID!, $u: String!, $p: String!) { setMyConnectionCredentials(input: { connectionId: $c, username: $u, password: $p }) {
          connection { id perPersonCredentials hasPassword myCredentials { username setAt } } } }
        """;

    [Fact]
    public async Task EachMemberRunsAsThemselves_AndCannotSeeOrCancelAnothersStatement()
    {
        await using var world = await CreateAsync(api, "Per person");
        var connection = await PerPersonConnectionAsync(world);
        var (boId, bo) = await world.MemberAsync("EDITOR", granted: false);
        await world.Admin.GrantAsync(connection, world.EditorId);
        await world.Admin.GrantAsync(connection, boId);
        var anaAccount = await CustomerServer.CreatePersonAsync(world.CustomerDatabase);
        var boAccount = await CustomerServer.CreatePersonAsync(world.CustomerDatabase);
        Task<GraphQLResponse> RunAsync(GraphQLClient who, string sql, int wait = 30) =>
            who.PostAsync(Run, new { i = new { projectId = world.Project, connectionId = connection, sql, waitSeconds = wait } });

        var beforeSetting = await RunAsync(world.Editor, "select 1");
        var set = await world.Editor.PostAsync(SetMine, new { c = connection, u = anaAccount.User, p = anaAccount.Password });
        await bo.DataAsync(SetMine, new { c = connection, u = boAccount.User, p = boAccount.Password });
        var anaIs = Result(await RunAsync(world.Editor, "select current_user"));
        var boIs = Result(await RunAsync(bo, "select current_user"));
        var running = Result(await RunAsync(world.Editor, "select pg_sleep(30) as ana_secret_statement", 0)).GetProperty("id").GetString()!;
        for (var i = 0; i < 100 && !await ActiveAsync(running); i++) await Task.Delay(50);
        var peek = Result(await RunAsync(bo, "select coalesce(query, '') from pg_stat_activity where usename = '" + anaAccount.User + "'"));
        var cancel = Result(await RunAsync(bo, "select pg_cancel_backend(pid) from pg_stat_activity where usename = '" + anaAccount.User + "'"));
        var stillRunning = await ActiveAsync(running);
        await world.Editor.DataAsync("mutation($id: ID!) { cancelExecution(input: { executionId: $id }) { cancelled } }", new { id = running });

        Assert.Equal("VALIDATION_FAILED", beforeSetting.ErrorCode);
        Assert.Contains("own database account", beforeSetting.Body);
        var shown = set.Data.GetProperty("setMyConnectionCredentials").GetProperty("connection");
        Assert.True(shown.GetProperty("perPersonCredentials").GetBoolean());
        Assert.Equal(anaAccount.User, shown.GetProperty("myCredentials").GetProperty("username").GetString());
        Assert.DoesNotContain(anaAccount.Password, set.Body);
        Assert.Equal(anaAccount.User, anaIs.GetProperty("rows")[0][0].GetString());
        Assert.Equal(boAccount.User, boIs.GetProperty("rows")[0][0].GetString());
        Assert.DoesNotContain("ana_secret_statement", peek.GetRawText());
        Assert.True(cancel.GetProperty("status").GetString() == "FAILED", cancel.GetRawText());
        Assert.Contains("must be a member of the role", cancel.GetProperty("error").GetString());
        Assert.True(stillRunning, "another member cancelled the statement");
    }

    [Fact]
    public async Task OnlyAGrantedMember_SetsTheirOwn_OnAPerPersonConnection_AndOldPasswordsAreDestroyed()
    {
        await using var world = await CreateAsync(api, "Per person hostile");
        var connection = await PerPersonConnectionAsync(world);
        await world.Admin.GrantAsync(connection, world.EditorId);
        using var outsider = await api.NewOutsiderAsync(world.Admin);
        var credentials = new { c = connection, u = "someone", p = "pw-" + Guid.NewGuid().ToString("N") };

        var ungranted = await world.Ungranted.PostAsync(SetMine, credentials);
        var otherTenant = await outsider.PostAsync(SetMine, credentials);
        var shared = await world.Editor.PostAsync(SetMine, credentials with { c = world.Connection });
        var sharedPassword = await world.Admin.PostAsync("""
            mutation($w: ID!) { createConnection(input: { workspaceId: $w, name: "x", engine: POSTGRES, host: "db.example",
              port: 5432, database: "d", perPersonCredentials: true, password: "shared" }) { connection { id } } }
            """, new { w = world.Workspace });
        await world.Editor.DataAsync(SetMine, credentials);
        var first = await SecretAsync(connection, world.EditorId);
        await world.Editor.DataAsync(SetMine, credentials with { u = "someone-else" });
        var second = await SecretAsync(connection, world.EditorId);
        var (otherId, other) = await world.MemberAsync("EDITOR", granted: false);
        await world.Admin.GrantAsync(connection, otherId);
        await other.DataAsync(SetMine, credentials with { u = "other" });
        var others = await SecretAsync(connection, otherId);
        await world.Admin.DataAsync("mutation($c: ID!, $u: ID!) { revokeConnectionAccess(input: { connectionId: $c, userId: $u }) { connection { id } } }",
            new { c = connection, u = otherId });
        await world.Admin.DataAsync("mutation($w: ID!, $u: ID!) { removeMember(input: { workspaceId: $w, userId: $u }) { removedUserId } }",
            new { w = world.Workspace, u = world.EditorId });

        Assert.Equal("FORBIDDEN", ungranted.ErrorCode);
        Assert.Equal("NOT_FOUND", otherTenant.ErrorCode);
        Assert.Equal("VALIDATION_FAILED", shared.ErrorCode);
        Assert.Equal("VALIDATION_FAILED", sharedPassword.ErrorCode);
        Assert.NotEqual(first, second);
        Assert.Equal(0L, await api.Database.ScalarAsync<long>("select count(*) from vault_secrets where secret_id = $1", first));
        Assert.Equal(0L, await api.Database.ScalarAsync<long>("select count(*) from vault_secrets where secret_id = $1", second));
        Assert.Equal(0L, await api.Database.ScalarAsync<long>(
            "select count(*) from personal_credentials where user_id = $1", Guid.Parse(world.EditorId)));
        Assert.Equal(0L, await api.Database.ScalarAsync<long>("select count(*) from vault_secrets where secret_id = $1", others));
        Assert.Equal(0L, await api.Database.ScalarAsync<long>(
            "select count(*) from personal_credentials where user_id = $1", Guid.Parse(otherId))); // revoking the grant forgot them
        var events = await world.Admin.AuditEventsAsync(world.Workspace, new { types = new[] { "PersonalCredentialsSet", "PersonalCredentialsCleared" } });
        Assert.Equal(["PersonalCredentialsSet", "PersonalCredentialsSet", "PersonalCredentialsSet", "PersonalCredentialsCleared", "PersonalCredentialsCleared"],
            events.OrderBy(e => e.GetProperty("sequence").GetInt64()).Select(e => e.GetProperty("type").GetString()));
        Assert.DoesNotContain(credentials.p, string.Join("", events.Select(e => e.GetRawText())));
    }

    private async Task<Guid> SecretAsync(string connection, string user) => await api.Database.ScalarAsync<Guid>(
        "select secret_id from personal_credentials where connection_id = $1 and user_id = $2", Guid.Parse(connection), Guid.Parse(user));

    /// <summary>A per-person connection to the world's customer database, attached to its project.</summary>
    private static async Task<string> PerPersonConnectionAsync(ExecutionWorld world)
    {
        var connection = (await world.Admin.DataAsync("""
            mutation($i: CreateConnectionInput!) { createConnection(input: $i) { connection { id } } }
            """, new
        {
            i = new
            {
                workspaceId = world.Workspace, name = "Per person", engine = "POSTGRES", host = CustomerServer.Host,
                port = CustomerServer.Port, database = world.CustomerDatabase, sslMode = "DISABLE", perPersonCredentials = true,
            },
        })).GetProperty("createConnection").GetProperty("connection").GetProperty("id").GetString()!;
        var adminId = (await world.Admin.DataAsync("{ me { id } }")).GetProperty("me").GetProperty("id").GetString()!;
        await world.Admin.GrantAsync(connection, adminId);
        await world.Admin.DataAsync("mutation($p: ID!, $c: ID!) { attachConnection(input: { projectId: $p, connectionId: $c }) { project { id } } }",
            new { p = world.Project, c = connection });
        return connection;
    }
}
