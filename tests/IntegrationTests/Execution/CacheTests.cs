using System.Text.Json;
using Deepnote.IntegrationTests.GraphQL;
using Deepnote.IntegrationTests.Infrastructure;
using static Deepnote.IntegrationTests.Execution.ExecutionWorld;

namespace Deepnote.IntegrationTests.Execution;

/// <summary>The encrypted result cache over GraphQL: shared only by people holding the same grant, never served
/// past its TTL, emptied by invalidation, revocation, new credentials and key rotation, sealed at rest.</summary>
public sealed class CacheTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Query = "select region, count(*) from sales group by region order by region";

    private static async Task SetPolicyAsync(ExecutionWorld world, string connection, string mode, int? ttl) =>
        await world.Admin.DataAsync("mutation($c: ID!, $m: CachePolicyMode!, $t: Int) { setCachePolicy(input: { connectionId: $c, mode: $m, ttlSeconds: $t }) { connection { id } } }",
            new { c = connection, m = mode, t = ttl });

    private static bool Hit(JsonElement execution) => execution.GetProperty("cacheHit").GetBoolean();

    private Task<long> EntriesAsync(string connection) =>
        api.Database.ScalarAsync<long>("select count(*) from result_cache where connection_id = $1", Guid.Parse(connection));

    [Fact]
    public async Task SecondRun_IsServedFromTheSealedCache_ToAnyGrantee_WithTheSameRows()
    {
        await using var world = await CreateAsync(api, "Cache hit");
        await SetPolicyAsync(world, world.Connection, "TTL", 300);
        var block = await world.AddBlockAsync(Query);

        var first = Result(await world.AdHocAsync(world.Editor, Query));
        var second = Result(await world.AdHocAsync(world.Editor, "  " + Query + " ;\n"));
        var commentedOut = Result(await world.AdHocAsync(world.Editor, "select region, count(*) from sales -- where region = 'north'\ngroup by region order by region"));
        var viewer = Result(await world.BlockAsync(world.Viewer, block));
        var ungranted = await world.AdHocAsync(world.Ungranted, Query);
        var plaintextAtRest = await api.Database.ScalarAsync<long>(
            "select count(*) from result_cache where position(convert_to('north', 'UTF8') in ciphertext) > 0");

        Assert.False(Hit(first));
        Assert.True(Hit(second));
        Assert.False(Hit(commentedOut));
        Assert.True(Hit(viewer));
        Assert.Equal(first.GetProperty("rows").GetRawText(), second.GetProperty("rows").GetRawText());
        Assert.Equal(first.GetProperty("rows").GetRawText(), viewer.GetProperty("rows").GetRawText());
        Assert.Equal("FORBIDDEN", ungranted.ErrorCode);
        Assert.Equal(2, await EntriesAsync(world.Connection));
        Assert.Equal(0, plaintextAtRest);
        var executed = await world.Admin.AuditEventsAsync(world.Workspace, new { types = new[] { "QueryExecuted" } });
        Assert.Equal(2, executed.Count(e => e.GetProperty("data").GetProperty("cacheHit").GetBoolean()));
    }

    [Fact]
    public async Task PolicyOff_Bypass_AndTheProjectSwitch_MeanNoCache()
    {
        await using var world = await CreateAsync(api, "No cache");

        var off1 = Result(await world.AdHocAsync(world.Editor, Query));
        var off2 = Result(await world.AdHocAsync(world.Editor, Query));
        await SetPolicyAsync(world, world.Connection, "TTL", 300);
        await world.AdHocAsync(world.Editor, Query);
        var bypassed = Result(await world.AdHocAsync(world.Editor, Query, new { bypassCache = true }));
        var editorSwitch = await world.Editor.PostAsync("mutation($p: ID!) { setProjectCacheUse(input: { projectId: $p, useCache: false }) { project { useCache } } }", new { p = world.Project });
        await world.Admin.DataAsync("mutation($p: ID!) { setProjectCacheUse(input: { projectId: $p, useCache: false }) { project { useCache } } }", new { p = world.Project });
        var switchedOff = Result(await world.AdHocAsync(world.Editor, Query));
        var badTtl = await world.Admin.PostAsync("mutation($c: ID!) { setCachePolicy(input: { connectionId: $c, mode: TTL, ttlSeconds: 0 }) { connection { id } } }", new { c = world.Connection });
        var byEditor = await world.Editor.PostAsync("mutation($c: ID!) { setCachePolicy(input: { connectionId: $c, mode: TTL, ttlSeconds: 5 }) { connection { id } } }", new { c = world.Connection });
        var shown = (await world.Editor.DataAsync("query($c: ID!) { connection(id: $c) { cachePolicy { mode ttlSeconds } guardrails { allowWrites maxRows } } }",
            new { c = world.Connection })).GetProperty("connection");

        Assert.False(Hit(off1) || Hit(off2));
        Assert.False(Hit(bypassed));
        Assert.Equal("FORBIDDEN", editorSwitch.ErrorCode);
        Assert.False(Hit(switchedOff));
        Assert.Equal("VALIDATION_FAILED", badTtl.ErrorCode);
        Assert.Equal("FORBIDDEN", byEditor.ErrorCode);
        Assert.Equal("TTL", shown.GetProperty("cachePolicy").GetProperty("mode").GetString());
        Assert.Equal(300, shown.GetProperty("cachePolicy").GetProperty("ttlSeconds").GetInt32());
        Assert.False(shown.GetProperty("guardrails").GetProperty("allowWrites").GetBoolean());
    }

    [Fact]
    public async Task AfterTheTtl_ThereIsNoHit()
    {
        await using var world = await CreateAsync(api, "TTL");
        await SetPolicyAsync(world, world.Connection, "TTL", 1);

        await world.AdHocAsync(world.Editor, Query);
        var withinTtl = Result(await world.AdHocAsync(world.Editor, Query));
        await Task.Delay(1200);
        var afterTtl = Result(await world.AdHocAsync(world.Editor, Query));

        Assert.True(Hit(withinTtl));
        Assert.False(Hit(afterTtl));
    }

    [Fact]
    public async Task Invalidation_Revocation_NewCredentials_AndKeyRotation_EachEndTheHits()
    {
        await using var world = await CreateAsync(api, "Invalidate");
        await SetPolicyAsync(world, world.Connection, "TTL", 300);
        var (viewerId, viewer) = await world.MemberAsync("EDITOR", granted: true);

        await world.AdHocAsync(world.Editor, Query);
        var removed = (await world.Admin.DataAsync("mutation($c: ID!) { invalidateCache(input: { connectionId: $c }) { removedEntries } }", new { c = world.Connection }))
            .GetProperty("invalidateCache").GetProperty("removedEntries").GetInt32();
        var afterInvalidate = Result(await world.AdHocAsync(world.Editor, Query));

        await world.Admin.DataAsync("mutation($c: ID!, $u: ID!) { revokeConnectionAccess(input: { connectionId: $c, userId: $u }) { connection { id } } }",
            new { c = world.Connection, u = viewerId });
        var entriesAfterRevoke = await EntriesAsync(world.Connection);
        var revoked = await world.AdHocAsync(viewer, Query);
        var afterRevoke = Result(await world.AdHocAsync(world.Editor, Query));

        await world.Admin.DataAsync("mutation($c: ID!, $u: String!, $p: String!) { updateConnectionCredentials(input: { connectionId: $c, username: $u, password: $p }) { connection { id } } }",
            new { c = world.Connection, u = CustomerServer.User, p = await CustomerServer.PasswordAsync() });
        var afterNewCredentials = Result(await world.AdHocAsync(world.Editor, Query));
        var hitAgain = Result(await world.AdHocAsync(world.Editor, Query));
        await world.Admin.DataAsync("mutation($c: ID!, $u: String!) { updateConnectionCredentials(input: { connectionId: $c, username: $u }) { connection { id } } }",
            new { c = world.Connection, u = CustomerServer.User });
        var afterNewUserName = Result(await world.AdHocAsync(world.Editor, Query));
        await world.AdHocAsync(world.Editor, Query);

        await world.Admin.DataAsync("mutation($w: ID!) { rotateWorkspaceKey(input: { workspaceId: $w, keyId: null }) { rotation { id } } }", new { w = world.Workspace });
        for (var i = 0; i < 100; i++)
        {
            var status = (await world.Admin.DataAsync("query($w: ID!) { workspace(id: $w) { key { rotation { status } } } }", new { w = world.Workspace }))
                .GetProperty("workspace").GetProperty("key").GetProperty("rotation").GetProperty("status").GetString();
            if (status == "SUCCEEDED") break;
            await Task.Delay(200);
        }

        var afterRotation = Result(await world.AdHocAsync(world.Editor, Query));

        Assert.Equal(1, removed);
        Assert.False(Hit(afterInvalidate));
        Assert.Equal(0, entriesAfterRevoke);
        Assert.Equal("FORBIDDEN", revoked.ErrorCode);
        Assert.False(Hit(afterRevoke));
        Assert.False(Hit(afterNewCredentials));
        Assert.True(Hit(hitAgain));
        Assert.False(Hit(afterNewUserName));
        Assert.False(Hit(afterRotation));
        var invalidated = await world.Admin.AuditEventsAsync(world.Workspace, new { types = new[] { "CacheInvalidated" } });
        Assert.Equal(["the credentials were changed", "the credentials were changed", "a grant was revoked", "invalidated by an ADMIN"], // newest first
            invalidated.Select(e => e.GetProperty("data").GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task ARunThatStartedBeforeAnInvalidation_DoesNotRefillTheCache()
    {
        await using var world = await CreateAsync(api, "Invalidate during a run");
        await SetPolicyAsync(world, world.Connection, "TTL", 300);
        const string slow = "select pg_sleep(1), region from sales group by region order by region";

        var started = Result(await world.AdHocAsync(world.Editor, slow, new { waitSeconds = 0 }));
        await world.Admin.DataAsync("mutation($c: ID!) { invalidateCache(input: { connectionId: $c }) { removedEntries } }", new { c = world.Connection });
        var finished = await AwaitAsync(world.Editor, started.GetProperty("id").GetString()!);
        var again = Result(await world.AdHocAsync(world.Editor, slow));
        var thenHit = Result(await world.AdHocAsync(world.Editor, slow));

        Assert.True(finished.GetProperty("status").GetString() == "SUCCEEDED", finished.GetRawText());
        Assert.False(Hit(again));
        Assert.True(Hit(thenHit));
    }

    /// <summary>Property: many principals with random grants run random queries on two connections (to different
    /// databases) while grants come and go. A principal without a grant is always refused; one with a grant gets a
    /// hit exactly when a grantee filled that (connection, query) since its cache was last emptied, and a hit always
    /// carries that connection's own rows.</summary>
    [Fact]
    public async Task NoPrincipal_EverGetsAHitItMayNotSee()
    {
        await using var world = await CreateAsync(api, "Property");
        var otherDatabase = await CustomerServer.CreateDatabaseAsync();
        var other = (await world.Admin.DataAsync("""
            mutation($i: CreateConnectionInput!) { createConnection(input: $i) { connection { id } } }
            """, new { i = new { workspaceId = world.Workspace, name = "Other DB", engine = "POSTGRES", host = CustomerServer.Host,
            port = CustomerServer.Port, database = otherDatabase, username = CustomerServer.User,
            password = await CustomerServer.PasswordAsync(), sslMode = "DISABLE" } })).GetProperty("createConnection").GetProperty("connection").GetProperty("id").GetString()!;
        var adminId = (await world.Admin.DataAsync("{ me { id } }")).GetProperty("me").GetProperty("id").GetString()!;
        await world.Admin.GrantAsync(other, adminId);
        await world.Admin.DataAsync("mutation($p: ID!, $c: ID!) { attachConnection(input: { projectId: $p, connectionId: $c }) { project { id } } }", new { p = world.Project, c = other });
        string[] connections = [world.Connection, other];
        foreach (var c in connections) await SetPolicyAsync(world, c, "TTL", 600);
        var people = new List<(string Id, GraphQLClient Client)>();
        for (var i = 0; i < 5; i++) people.Add(await world.MemberAsync("EDITOR", granted: false));
        string[] queries = ["select current_database(), 1", "select current_database(), 2", "select current_database(), 3"];
        var random = new Random(20261130);
        var grants = new HashSet<(int Person, int Connection)>();
        var filled = new HashSet<(int Connection, int Query)>();
        var expectedDatabase = new[] { world.CustomerDatabase, otherDatabase };

        for (var step = 0; step < 60; step++)
        {
            var (person, connection) = (random.Next(people.Count), random.Next(connections.Length));
            if (random.Next(4) == 0)
            {
                var grant = grants.Add((person, connection));
                if (!grant) grants.Remove((person, connection));
                var operation = grant ? "grantConnectionAccess" : "revokeConnectionAccess";
                await world.Admin.DataAsync($"mutation($c: ID!, $u: ID!) {{ {operation}(input: {{ connectionId: $c, userId: $u }}) {{ connection {{ id }} }} }}",
                    new { c = connections[connection], u = people[person].Id });
                if (!grant) filled.RemoveWhere(f => f.Connection == connection);
                continue;
            }

            var query = random.Next(queries.Length);
            var response = await people[person].Client.PostAsync(Run,
                new { i = new { projectId = world.Project, connectionId = connections[connection], sql = queries[query] } });

            if (!grants.Contains((person, connection)))
            {
                Assert.Equal("FORBIDDEN", response.ErrorCode);
                continue;
            }

            var execution = Result(response);
            Assert.Equal(filled.Contains((connection, query)), Hit(execution));
            var row = execution.GetProperty("rows")[0];
            Assert.Equal(expectedDatabase[connection], row[0].GetString());
            Assert.Equal(query + 1, row[1].GetInt32());
            filled.Add((connection, query));
        }

        await CustomerServer.DropDatabaseAsync(otherDatabase);
    }
}
