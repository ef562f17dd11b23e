using Deepnote.IntegrationTests.GraphQL;
using Deepnote.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace Deepnote.EndToEndTests;

/// <summary>Sharing in the SPA: an admin makes a private project and shares it with a VIEWER at EDIT; the viewer
/// finds it, capped at EXECUTE, and cannot share or edit it.</summary>
public sealed class SharingBrowserTests(ApiFixture api) : BrowserTest(api)
{
    [Fact]
    public async Task PrivateProjectSharedWithAViewer_IsVisibleToThemAtExecute()
    {
        using var admin = await Api.SignedInAdminAsync();
        var workspaceName = "Sharing " + Guid.NewGuid().ToString("N")[..6];
        var workspace = await admin.CreateWorkspaceAsync(workspaceName);
        var viewerEmail = $"viewer-{Guid.NewGuid():N}@example.test";
        var (_, link) = await admin.InviteAsync(workspace, viewerEmail, "VIEWER");
        using var viewerClient = Api.NewClient();
        await viewerClient.AcceptAsync(link);

        var (context, page) = await OpenAsync();
        await using var _ = context;
        await SignInAsAdminAsync(page);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = workspaceName, Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Workspace" }).GetByRole(AriaRole.Link, new() { Name = "Projects", Exact = true }).ClickAsync();
        await page.GetByLabel("Project name").FillAsync("Board pack");
        await page.GetByLabel("Members' default access").SelectOptionAsync("NONE");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create project" }).ClickAsync();
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Board pack", Exact = true }).ClickAsync();
        var sharing = page.GetByTestId("sharing");
        await sharing.GetByLabel("Member to share with").SelectOptionAsync(new SelectOptionValue { Label = viewerEmail });
        await sharing.GetByLabel("Access level").SelectOptionAsync("EDIT");
        await sharing.GetByRole(AriaRole.Button, new() { Name = "Share" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("share-row").Filter(new() { HasText = viewerEmail })).ToContainTextAsync("EDIT");

        var (viewerContext, viewerPage) = await OpenAsync();
        await using var __ = viewerContext;
        await viewerPage.GotoAsync(Api.BaseAddress.ToString());
        await viewerPage.GetByLabel("Email", new() { Exact = true }).FillAsync(viewerEmail);
        await viewerPage.GetByLabel("Password", new() { Exact = true }).FillAsync(Workflows.MemberPassword);
        await viewerPage.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await viewerPage.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = workspaceName, Exact = true }).ClickAsync();
        await viewerPage.GetByRole(AriaRole.Navigation, new() { Name = "Workspace" }).GetByRole(AriaRole.Link, new() { Name = "Projects", Exact = true }).ClickAsync();
        await viewerPage.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Board pack", Exact = true }).ClickAsync();

        await Assertions.Expect(viewerPage.GetByTestId("my-access")).ToHaveTextAsync("EXECUTE");
        await Assertions.Expect(viewerPage.GetByTestId("sharing")).ToHaveCountAsync(0);
    }
}
