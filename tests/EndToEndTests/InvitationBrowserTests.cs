using Deepnote.IntegrationTests.GraphQL;
using Microsoft.Playwright;

namespace Deepnote.EndToEndTests;

/// <summary>From an e-mailed invitation (read from the mail directory, as a newcomer without SMTP would) to a
/// signed-in member, in Chromium; and an existing account accepting from its invitations list.</summary>
public sealed class InvitationBrowserTests(MailDirectoryFixture api) : BrowserTestBase(api), IClassFixture<MailDirectoryFixture>
{
    [Fact]
    public async Task TheMailedLink_LetsANewPersonChooseAPassword_AndLandsThemSignedInInTheWorkspace()
    {
        using var admin = await Api.SignedInAdminAsync();
        var workspaceName = "Mailed " + Guid.NewGuid().ToString("N")[..6];
        var workspace = await admin.CreateWorkspaceAsync(workspaceName);
        var email = $"newcomer-{Guid.NewGuid():N}@example.test";
        await admin.DataAsync("mutation($w: ID!, $e: String!) { inviteMember(input: { workspaceId: $w, email: $e, role: EDITOR }) { invitation { id } } }",
            new { w = workspace, e = email });
        var link = await Api.Mailbox.LinkAsync(email, "/invite");

        var (context, page) = await OpenAsync();
        await using var _ = context;
        await page.GotoAsync(link);
        await Assertions.Expect(page.GetByText("At least 12 characters", new() { Exact = false })).ToBeVisibleAsync(); // the rule, before any error
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("aaaaaaaaaaaa");
        await page.GetByRole(AriaRole.Button, new() { Name = "Join", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText("too easy to guess", new() { Exact = false })).ToBeVisibleAsync();
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Workflows.MemberPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Join", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = workspaceName, Exact = true })).ToBeVisibleAsync();
        using var member = Api.NewClient();
        await member.SignInAsync(email, Workflows.MemberPassword);
        var me = await member.DataAsync("{ me { workspaces { edges { node { name myRole } } } } }");
        var node = Assert.Single(me.GetProperty("me").GetProperty("workspaces").GetProperty("edges").EnumerateArray()).GetProperty("node");
        Assert.Equal((workspaceName, "EDITOR"), (node.GetProperty("name").GetString(), node.GetProperty("myRole").GetString()));
    }

    [Fact]
    public async Task AnExistingAccount_AcceptsFromItsInvitations()
    {
        using var admin = await Api.SignedInAdminAsync();
        var home = await admin.CreateWorkspaceAsync("Home " + Guid.NewGuid().ToString("N")[..6]);
        var email = $"existing-{Guid.NewGuid():N}@example.test";
        var (_, first) = await admin.InviteAsync(home, email, "VIEWER");
        using var person = Api.NewClient();
        await person.AcceptAsync(first);
        var otherName = "Other " + Guid.NewGuid().ToString("N")[..6];
        var other = await admin.CreateWorkspaceAsync(otherName);
        var (_, mailed) = await admin.InviteAsync(other, email, "EDITOR");

        var (context, page) = await OpenAsync();
        await using var _ = context;
        await page.GotoAsync(mailed); // /invitations: sign in first, then back here
        await page.GetByLabel("Email", new() { Exact = true }).FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Workflows.MemberPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        var row = page.GetByTestId("invitation-row").Filter(new() { HasText = otherName });
        await row.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();

        await Assertions.Expect(page.GetByText($"You joined {otherName}.")).ToBeVisibleAsync();
    }
}
