using System.Text.RegularExpressions;
using Deepnote.IntegrationTests.GraphQL;
using Deepnote.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace Deepnote.EndToEndTests;

/// <summary>An AUDITOR in Chromium: picks a person by e-mail, reads what they did as sentences, opens one event's raw
/// envelope and its link, and exports exactly the filtered events.</summary>
public sealed class AuditorBrowserTests(ApiFixture api) : BrowserTest(api)
{
    [Fact]
    public async Task TheAuditor_FiltersByAPerson_OpensAnEvent_AndExportsWhatTheyFiltered()
    {
        using var admin = await Api.SignedInAdminAsync();
        var workspaceName = "Audited " + Guid.NewGuid().ToString("N")[..6];
        var workspace = await admin.CreateWorkspaceAsync(workspaceName);
        var (editorId, editor) = await Api.AddMemberAsync(admin, workspace, "EDITOR");
        var (_, auditor) = await Api.AddMemberAsync(admin, workspace, "AUDITOR");
        using var e = editor;
        using var a = auditor;
        var editorEmail = (await editor.DataAsync("{ me { email } }")).GetProperty("me").GetProperty("email").GetString()!;
        var auditorEmail = (await auditor.DataAsync("{ me { email } }")).GetProperty("me").GetProperty("email").GetString()!;
        await editor.DataAsync("mutation($w: ID!) { createProject(input: { workspaceId: $w, name: \"Q3 review\" }) { project { id } } }",
            new { w = workspace });
        var editorsEvents = (await admin.AuditEventsAsync(workspace, new { actorId = editorId })).Count;

        var (context, page) = await OpenAsync();
        await using var _ = context;
        await page.GotoAsync(Api.BaseAddress.ToString());
        await page.GetByLabel("Email", new() { Exact = true }).FillAsync(auditorEmail);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Workflows.MemberPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = workspaceName, Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Workspace" })
            .GetByRole(AriaRole.Link, new() { Name = "Audit log", Exact = true }).ClickAsync();

        await page.GetByRole(AriaRole.Combobox, new() { NameRegex = new Regex("^Person") }).SelectOptionAsync(new SelectOptionValue { Value = editorId });
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        var rows = page.GetByTestId("audit-row");
        await Assertions.Expect(rows).ToHaveCountAsync(editorsEvents);
        await Assertions.Expect(rows.Filter(new() { HasText = "ProjectCreated" })).ToContainTextAsync("“Q3 review”");
        Assert.All(await rows.AllInnerTextsAsync(), text => Assert.Contains(editorEmail, text));
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"actor={editorId}"));

        var created = rows.Filter(new() { HasText = "ProjectCreated" });
        await created.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Details") }).ClickAsync();
        await Assertions.Expect(page.GetByText("Correlation ID")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("\"name\": \"Q3 review\"", new() { Exact = false })).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page, "audit page with a person's events and one opened");
        await Screens.SaveAsync(page, "audit", page.GetByTestId("audit-table"));

        await created.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Link") }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"audit\?event=\d+$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex(@"^Event \d+$") })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("audit-sentence").First).ToContainTextAsync("Q3 review");
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the full log" }).ClickAsync();

        await page.GetByRole(AriaRole.Combobox, new() { NameRegex = new Regex("^Person") }).SelectOptionAsync(new SelectOptionValue { Value = editorId });
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(editorsEvents);
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Export JSONL" }).ClickAsync());
        var lines = (await File.ReadAllLinesAsync((await download.PathAsync())!)).Where(l => l.Contains("\"record\":\"event\"")).ToList();
        Assert.Equal(editorsEvents, lines.Count);
        Assert.All(lines, l => Assert.Equal(editorId, System.Text.Json.JsonDocument.Parse(l).RootElement
            .GetProperty("metadata").GetProperty("actorId").GetString()));
    }
}
