using Deepnote.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace Deepnote.EndToEndTests;

/// <summary>The SPA in Debian's Chromium, driven by Playwright, against the real host and database: sign in,
/// create a workspace, invite a member, and find those events in the audit log with a valid chain.</summary>
public sealed class FirstSliceBrowserTests(ApiFixture api) : BrowserTest(api)
{
    [Fact]
    public async Task Admin_SignsInCreatesAWorkspaceInvitesAMember_AndSeesItAllInTheVerifiedAuditLog()
    {
        var (context, page) = await OpenAsync();
        await using var _ = context;
        var workspaceName = "Browser " + Guid.NewGuid().ToString("N")[..6];
        var memberEmail = $"browser-{Guid.NewGuid():N}@example.test";

        try
        {
            await SignInAsAdminAsync(page);

            await page.GetByLabel("Workspace name").FillAsync(workspaceName);
            await page.GetByRole(AriaRole.Button, new() { Name = "Create workspace" }).ClickAsync();
            // Creating a workspace lands in it.
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/workspaces/[^/]+$"));

            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(workspaceName);
            await page.GetByLabel("Member email").FillAsync(memberEmail);
            await page.GetByLabel("Role", new() { Exact = true }).SelectOptionAsync("EDITOR");
            await page.GetByRole(AriaRole.Button, new() { Name = "Invite" }).ClickAsync();
            await Assertions.Expect(page.GetByText($"Invitation sent to {memberEmail}.")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("invitation-row").Filter(new() { HasText = memberEmail })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText("token=")).ToHaveCountAsync(0); // the link goes to the invitee only

            await page.GetByRole(AriaRole.Navigation, new() { Name = "Workspace" }).GetByRole(AriaRole.Link, new() { Name = "Audit log", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Audit log" })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByTestId("audit-row").Filter(new() { HasText = "WorkspaceCreated" })).ToHaveCountAsync(1);
            await Assertions.Expect(page.GetByTestId("audit-row").Filter(new() { HasText = "InvitationIssued" })).ToHaveCountAsync(1);
            await page.GetByRole(AriaRole.Button, new() { Name = "Verify chain" }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("verify-result")).ToContainTextAsync("valid");
            await Assertions.Expect(page.GetByTestId("verify-result")).Not.ToContainTextAsync("BROKEN");
        }
        finally
        {
            await page.ScreenshotAsync(new PageScreenshotOptions
            {
                Path = Path.Combine(AppContext.BaseDirectory, "first-slice.png"),
                FullPage = true,
            });
        }
    }
}
