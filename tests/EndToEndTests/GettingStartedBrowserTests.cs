using System.Diagnostics;
using System.Text.RegularExpressions;
using Deepnote.IntegrationTests.Setup;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Deepnote.EndToEndTests;

/// <summary>A newcomer's first minutes with the sample data, in Chromium: the set-up link, the Getting started project,
/// a first result, the grid sorted and paged; and axe on every page of the app on the way.</summary>
public sealed partial class GettingStartedBrowserTests(SampleDataFixture api, ITestOutputHelper output)
    : BrowserTestBase(api), IClassFixture<SampleDataFixture>
{
    [Fact]
    public async Task TheSetupLink_LeadsToAFirstResult_TheGridSortsAndPages_AndEveryPageIsAccessible()
    {
        var (context, page) = await OpenAsync();
        await using var _ = context;
        var link = SetupLink().Match(Api.Console.ToString()).Groups[1].Value;
        var clock = Stopwatch.StartNew();

        await page.GotoAsync(new Uri(Api.BaseAddress, "/setup?token=" + link).ToString());
        await Accessibility.AssertNoSeriousViolationsAsync(page, "set-up page");
        await page.GetByLabel("Email", new() { Exact = true }).FillAsync("newcomer@example.test");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("Orders-by-country-7319!");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create administrator" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/$"));
        var workspaces = page.GetByRole(AriaRole.Main);
        await workspaces.GetByRole(AriaRole.Link, new() { Name = "Default", Exact = true }).ClickAsync();
        var sidebar = page.GetByRole(AriaRole.Navigation, new() { Name = "Workspace" });
        await sidebar.GetByRole(AriaRole.Link, new() { Name = "Projects", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Getting started", Exact = true }).ClickAsync();
        var first = page.GetByTestId("block").First;
        await first.GetByRole(AriaRole.Button, new() { Name = "Run block 1" }).ClickAsync();
        await Assertions.Expect(first.GetByRole(AriaRole.Table)).ToContainTextAsync("United States", new() { Timeout = 30_000 });
        output.WriteLine($"From the set-up page to the first result in the browser: {clock.Elapsed.TotalSeconds:F1} s");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "project page with a result");
        await Screens.SaveAsync(page, "getting-started");

        // Every order: a full page of the grid, sorted by quantity and paged.
        var orders = page.GetByTestId("block").Nth(3);
        await orders.GetByRole(AriaRole.Button, new() { Name = "Run block 4" }).ClickAsync();
        var grid = orders.GetByRole(AriaRole.Table);
        await Assertions.Expect(grid).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(orders.GetByText(new Regex(@"Rows 1–100 of 10,000"))).ToBeVisibleAsync();
        await Assertions.Expect(orders.GetByText("Showing 10,000 of more rows", new() { Exact = false })).ToBeVisibleAsync();
        var quantity = grid.GetByRole(AriaRole.Columnheader).Filter(new() { HasText = "quantity" });
        await quantity.GetByRole(AriaRole.Button).ClickAsync();
        await Assertions.Expect(quantity).ToHaveAttributeAsync("aria-sort", "ascending");
        await quantity.GetByRole(AriaRole.Button).ClickAsync();
        await Assertions.Expect(quantity).ToHaveAttributeAsync("aria-sort", "descending");
        var column = await grid.GetByRole(AriaRole.Columnheader).AllInnerTextsAsync();
        var quantityIndex = column.ToList().FindIndex(h => h.Contains("quantity"));
        var firstQuantity = await grid.Locator("tbody tr").First.Locator("td").Nth(quantityIndex).InnerTextAsync();
        Assert.Equal("5", firstQuantity.Trim()); // the largest quantity first
        await orders.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        await Assertions.Expect(orders.GetByText(new Regex(@"Rows 101–200 of 10,000"))).ToBeVisibleAsync();
        await orders.ScrollIntoViewIfNeededAsync();
        await Screens.SaveAsync(page, "results-grid");

        // axe on every page of the workspace.
        foreach (var name in new[] { "Projects", "Connections", "Files", "Members", "Audit log", "Single sign-on", "Domains", "Encryption key", "API tokens" })
        {
            await sidebar.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
            await Accessibility.AssertNoSeriousViolationsAsync(page, name);
        }

        foreach (var name in new[] { "Your workspaces", "Invitations", "Sessions" })
        {
            await sidebar.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
            await Accessibility.AssertNoSeriousViolationsAsync(page, name);
        }

        // No horizontal overflow on a phone or a wide screen: the page never scrolls sideways (wide tables scroll in
        // their own region).
        await sidebar.GetByRole(AriaRole.Link, new() { Name = "Default", Exact = true }).ClickAsync();
        foreach (var width in new[] { 390, 1440 })
        {
            await page.SetViewportSizeAsync(width, 844);
            foreach (var name in new[] { "Connections", "Audit log", "Projects" })
            {
                if (width < 700)
                {
                    await page.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();
                }

                await sidebar.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
                await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
                Assert.True(overflow <= 0, $"{name} at {width} px overflows by {overflow} px");
            }
        }

        await page.SetViewportSizeAsync(1280, 720);
        await page.GotoAsync(new Uri(Api.BaseAddress, "/graphql/ui").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("Documentation Explorer") })).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page, "GraphiQL");
        await page.GotoAsync(new Uri(Api.BaseAddress, "/no-such-page").ToString());
        await Accessibility.AssertNoSeriousViolationsAsync(page, "not found");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true }).ClickAsync();
        foreach (var path in new[] { "/signin", "/signup", "/forgot-password" })
        {
            await page.GotoAsync(new Uri(Api.BaseAddress, path).ToString());
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
            await Accessibility.AssertNoSeriousViolationsAsync(page, path);
        }
    }

    [GeneratedRegex(@"/setup\?token=(\S+)")]
    private static partial Regex SetupLink();
}
