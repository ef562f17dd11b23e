using System.Text.Json;
using Deepnote.IntegrationTests.GraphQL;
using Deepnote.IntegrationTests.Infrastructure;
using static Deepnote.IntegrationTests.Execution.ExecutionWorld;

namespace Deepnote.IntegrationTests.Execution;

/// <summary>Issue 13, item 1: a result lives only as long as the right that let it be made. Each change that takes a
/// right away drops the finished result and cancels the running query (in the database too).</summary>
public sealed class ResultRightsTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Rows = "query($id: ID!) { execution(id: $id) { status error rowsAvailable rows(limit: 10) } }";

    [Fact]
    public async Task RevokingAGrant_DropsTheResult_AndCancelsTheRunningQuery()
    {
        await using var world = await CreateAsync(api, "Revoke drops");
        var (finished, running) = await FinishedAndRunningAsync(world, world.Editor);
        var before = await RowsAsync(world.Editor, finished);

        await world.Admin.DataAsync("mutation($c: ID!, $u: ID!) { revokeConnectionAccess(input: { connectionId: $c, userId: $u }) { connection { id } } }",
            new { c = world.Connection, u = world.EditorId });

        Assert.True(before.GetProperty("rowsAvailable").GetBoolean(), before.GetRawText());
        await AssertDroppedAsync(world.Editor, finished);
        await AssertCancelledAsync(world, world.Editor, running, readable: true);
    }

    [Fact]
    public async Task RemovingAMember_DropsTheResult_AndCancelsTheRunningQuery()
    {
        await using var world = await CreateAsync(api, "Removal drops");
        var (finished, running) = await FinishedAndRunningAsync(world, world.Editor);

        await world.Admin.DataAsync("mutation($w: ID!, $u: ID!) { removeMember(input: { workspaceId: $w, userId: $u }) { removedUserId } }",
            new { w = world.Workspace, u = world.EditorId });

        Assert.Equal("NOT_FOUND", (await world.Editor.PostAsync(Rows, new { id = finished })).ErrorCode);
        await AssertCancelledAsync(world, world.Editor, running, readable: false, "SIGNED_OUT_OR_REMOVED");
    }

    [Fact]
    public async Task LoweringARole_DropsWhatTheNewRoleCouldNotRun()
    {
        await using var world = await CreateAsync(api, "Role drops");
        var (finished, running) = await FinishedAndRunningAsync(world, world.Editor);

        await world.Admin.DataAsync("mutation($w: ID!, $u: ID!) { changeMemberRole(input: { workspaceId: $w, userId: $u, role: VIEWER }) { member { userId } } }",
            new { w = world.Workspace, u = world.EditorId });

        await AssertDroppedAsync(world.Editor, finished); // ad-hoc SQL needs EDIT; a VIEWER has at most EXECUTE
        await AssertCancelledAsync(world, world.Editor, running, readable: true);
    }

    [Fact]
    public async Task LoweringAShare_DropsTheResult_AndCancelsTheRunningQuery()
    {
        await using var world = await CreateAsync(api, "Share drops");
        var project = (await world.Admin.DataAsync("mutation($w: ID!) { createProject(input: { workspaceId: $w, name: \"Private\", defaultAccess: NONE }) { project { id } } }",
            new { w = world.Workspace })).GetProperty("createProject").GetProperty("project").GetProperty("id").GetString()!;
        await world.Admin.DataAsync("mutation($p: ID!, $c: ID!) { attachConnection(input: { projectId: $p, connectionId: $c }) { project { id } } }",
            new { p = project, c = world.Connection });
        async Task ShareAsync(string access) => await world.Admin.DataAsync(
            "mutation($p: ID!, $u: ID!, $a: ProjectAccess!) { shareProject(input: { projectId: $p, userId: $u, access: $a }) { project { id } } }",
            new { p = project, u = world.EditorId, a = access });
        await ShareAsync("EDIT");
        Task<GraphQLResponse> RunAsync(string sql, int wait) => world.Editor.PostAsync(Run,
            new { i = new { projectId = project, connectionId = world.Connection, sql, waitSeconds = wait } });
        var finished = Result(await RunAsync("select 1 as one", 30)).GetProperty("id").GetString()!;
        var running = Result(await RunAsync("select pg_sleep(30)", 0)).GetProperty("id").GetString()!;
        await WaitActiveAsync(running);

        await ShareAsync("VIEW");

        await AssertDroppedAsync(world.Editor, finished);
        await AssertCancelledAsync(world, world.Editor, running, readable: true);
    }

    [Fact]
    public async Task DestroyingTheWorkspaceKey_DropsResultsReadBeforeTheShred_AndCancelsRunningQueries()
    {
        await using var world = await CreateAsync(api, "Shred drops");
        var mine = Result(await world.AdHocAsync(world.Admin, "select 'before the shred' as x")).GetProperty("id").GetString()!;
        var (finished, running) = await FinishedAndRunningAsync(world, world.Editor);

        await world.Admin.DataAsync("mutation($w: ID!, $c: String!) { destroyWorkspaceKey(input: { workspaceId: $w, confirm: $c }) { key { destroyed } } }",
            new { w = world.Workspace, c = world.Workspace });

        var admins = (await world.Admin.DataAsync(Rows, new { id = mine })).GetProperty("execution");
        Assert.False(admins.GetProperty("rowsAvailable").GetBoolean());
        Assert.DoesNotContain("before the shred", admins.GetRawText());
        await AssertDroppedAsync(world.Editor, finished);
        await AssertCancelledAsync(world, world.Editor, running, readable: true, "KEY_DESTROYED");
    }

    [Fact]
    public async Task SigningOut_CancelsTheRunningQuery()
    {
        await using var world = await CreateAsync(api, "Sign-out cancels");
        var (_, running) = await FinishedAndRunningAsync(world, world.Editor);

        await world.Editor.DataAsync("mutation { signOut }");

        await AssertCancelledAsync(world, null, running, readable: false, "SIGNED_OUT_OR_REMOVED");
    }

    /// <summary>Item 3: cancelling while the audit log cannot be written leaves the run FAILED, not RUNNING for ever.</summary>
    [Fact]
    public async Task CancellingDuringAnAuditOutage_EndsTheRunFailed()
    {
        await using var world = await CreateAsync(api, "Cancel outage");
        var (_, running) = await FinishedAndRunningAsync(world, world.Editor);

        GraphQLResponse cancel;
        await using (await api.Database.RefuseEventsAsync("QueryCancelled", world.Workspace))
        {
            cancel = await world.Editor.PostAsync("mutation($id: ID!) { cancelExecution(input: { executionId: $id }) { cancelled } }",
                new { id = running });
        }

        var after = await AwaitAsync(world.Editor, running);
        Assert.NotNull(cancel.Errors);
        Assert.Equal("FAILED", after.GetProperty("status").GetString());
        Assert.Contains("audit log", after.GetProperty("error").GetString());
    }

    /// <summary>Item 4: on a shared account, another member can cancel your statement in the database; you are told so,
    /// not that the time limit was hit.</summary>
    [Fact]
    public async Task AQueryCancelledByAnotherSessionOfTheSharedAccount_SaysSo()
    {
        await using var world = await CreateAsync(api, "Cancelled elsewhere");
        var (_, running) = await FinishedAndRunningAsync(world, world.Editor);
        var (_, other) = await world.MemberAsync("EDITOR", granted: true);

        var attack = Result(await world.AdHocAsync(other,
            $"select pg_cancel_backend(pid) from pg_stat_activity where query like '%execution={running}%' and pid <> pg_backend_pid()"));
        var victim = await AwaitAsync(world.Editor, running);

        Assert.True(attack.GetProperty("status").GetString() == "SUCCEEDED", attack.GetRawText());
        Assert.Equal("FAILED", victim.GetProperty("status").GetString());
        Assert.Contains("cancelled by another session", victim.GetProperty("error").GetString());
        Assert.DoesNotContain("ran longer than", victim.GetProperty("error").GetString());
        Assert.NotEqual("TIMEOUT", victim.GetProperty("errorClass").GetString());
    }

    private static async Task<(string Finished, string Running)> FinishedAndRunningAsync(ExecutionWorld world, GraphQLClient client)
    {
        var finished = Result(await world.AdHocAsync(client, "select id, region from sales order by id")).GetProperty("id").GetString()!;
        var running = Result(await world.AdHocAsync(client, "select pg_sleep(30)", new { waitSeconds = 0 })).GetProperty("id").GetString()!;
        await WaitActiveAsync(running);
        return (finished, running);
    }

    private static async Task WaitActiveAsync(string id)
    {
        for (var i = 0; i < 100 && !await ActiveAsync(id); i++) await Task.Delay(50);
        Assert.True(await ActiveAsync(id), "the query never showed up in pg_stat_activity");
    }

    private static async Task<JsonElement> RowsAsync(GraphQLClient client, string id) =>
        (await client.DataAsync(Rows, new { id })).GetProperty("execution");

    /// <summary>The record may still be shown (the person still reaches the project), never the rows.</summary>
    private static async Task AssertDroppedAsync(GraphQLClient client, string id)
    {
        var response = await client.PostAsync(Rows, new { id });
        if (response.Errors is not null)
        {
            Assert.Equal("NOT_FOUND", response.ErrorCode);
            return;
        }

        var execution = response.Data.GetProperty("execution");
        Assert.False(execution.GetProperty("rowsAvailable").GetBoolean());
        Assert.Empty(execution.GetProperty("rows").EnumerateArray());
    }

    /// <summary>Gone from the database, recorded as cancelled, and (when <paramref name="owner"/> is given) shown to its
    /// owner as CANCELLED without rows, or not at all.</summary>
    private static async Task AssertCancelledAsync(ExecutionWorld world, GraphQLClient? owner, string id, bool readable,
        string reason = "ACCESS_CHANGED")
    {
        for (var i = 0; i < 100 && await ActiveAsync(id); i++) await Task.Delay(50);
        Assert.False(await ActiveAsync(id), "the query was still running in the database");
        for (var i = 0; i < 100; i++)
        {
            var events = await world.Admin.AuditEventsAsync(world.Workspace, new { types = new[] { "QueryCancelled", "QueryExecuted", "QueryFailed" } });
            if (events.FirstOrDefault(e => e.GetProperty("streamId").GetString() == id) is { ValueKind: JsonValueKind.Object } recorded)
            {
                Assert.Equal("QueryCancelled", recorded.GetProperty("type").GetString());
                Assert.Equal(reason, recorded.GetProperty("data").GetProperty("reason").GetString());
                break;
            }

            Assert.True(i < 99, "the cancelled run was never recorded");
            await Task.Delay(100);
        }

        if (owner is null) return;
        var seen = await owner.PostAsync(Rows, new { id });
        if (!readable)
        {
            Assert.Equal("NOT_FOUND", seen.ErrorCode);
            return;
        }

        Assert.Equal("CANCELLED", seen.Data.GetProperty("execution").GetProperty("status").GetString());
        Assert.Contains("cancelled", seen.Data.GetProperty("execution").GetProperty("error").GetString());
        Assert.False(seen.Data.GetProperty("execution").GetProperty("rowsAvailable").GetBoolean());
    }
}
