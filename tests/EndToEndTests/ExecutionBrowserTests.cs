using Deepnote.IntegrationTests.Execution;
using Deepnote.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace Deepnote.EndToEndTests;

/// <summary>Running SQL in the SPA against a real PostgreSQL database: a saved block, a cancelled pg_sleep that leaves
/// pg_stat_activity, and a second run served from the encrypted cache.</summary>
public sealed class ExecutionBrowserTests(ApiFixture api) : BrowserTest(api)
{
    [Fact]
    public async Task RunABlock_CancelALongQuery_AndSeeACacheHitOnTheSecondRun()
    {
        await using var world = await ExecutionWorld.CreateAsync(Api, "Run " + Guid.NewGuid().ToString("N")[..6]);
        await world.AddBlockAsync("select region, count(*) as sales from sales group by region order by region");
        await world.Admin.DataAsync("mutation($c: ID!) { setCachePolicy(input: { connectionId: $c, mode: TTL, ttlSeconds: 600 }) { connection { id } } }",
            new { c = world.Connection });
        var workspaceName = (await world.Admin.DataAsync("query($w: ID!) { workspace(id: $w) { name } }", new { w = world.Workspace }))
            .GetProperty("workspace").GetProperty("name").GetString()!;

        var (context, page) = await OpenAsync();
        await using var _ = context;
        await SignInAsAdminAsync(page);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = workspaceName, Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Workspace" }).GetByRole(AriaRole.Link, new() { Name = "Projects", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Sales", Exact = true }).ClickAsync();

        var block = page.GetByTestId("block").First;
        await block.GetByRole(AriaRole.Button, new() { Name = "Run block 1" }).ClickAsync();
        await Assertions.Expect(block.GetByRole(AriaRole.Status)).ToContainTextAsync("SUCCEEDED · 4 rows");
        await Assertions.Expect(block.GetByRole(AriaRole.Table)).ToContainTextAsync("north");
        await Assertions.Expect(block.GetByText("from cache")).ToHaveCountAsync(0);

        var workbench = page.GetByTestId("workbench");
        await workbench.GetByLabel("SQL", new() { Exact = true }).FillAsync("select pg_sleep(30)");
        await workbench.GetByRole(AriaRole.Button, new() { Name = "Run", Exact = true }).ClickAsync();
        await Assertions.Expect(workbench.GetByRole(AriaRole.Status)).ToContainTextAsync("Running", new() { Timeout = 10_000 });
        for (var i = 0; i < 100 && await ActiveSleepsAsync() == 0; i++) await Task.Delay(100);
        Assert.Equal(1, await ActiveSleepsAsync());
        await workbench.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Assertions.Expect(workbench.GetByRole(AriaRole.Status)).ToContainTextAsync("CANCELLED", new() { Timeout = 10_000 });
        Assert.Equal(0, await ActiveSleepsAsync());

        await block.GetByRole(AriaRole.Button, new() { Name = "Run block 1" }).ClickAsync();
        await Assertions.Expect(block.GetByText("from cache")).ToBeVisibleAsync();
        await Assertions.Expect(block.GetByRole(AriaRole.Table)).ToContainTextAsync("west");
    }

    private static async Task<int> ActiveSleepsAsync()
    {
        return await CustomerServer.ScalarAsync<int>("postgres",
            "select count(*)::int from pg_stat_activity where state = 'active' and query like '%deepnote workspace=%pg_sleep(30)%' and pid <> pg_backend_pid()");
    }
}
