using Deepnote.IntegrationTests.Identity;
using Microsoft.Playwright;

namespace Deepnote.EndToEndTests;

/// <summary>Single sign-on in Chromium: the SPA's "Sign in with SSO" goes to the loopback OpenID Connect provider and
/// back, and the new member lands in the workspace with the provider's default role.</summary>
public sealed class SsoBrowserTests(SsoFixture api) : IClassFixture<SsoFixture>, IAsyncLifetime
{
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await Browsers.LaunchAsync(_playwright);
    }

    [Fact]
    public async Task SignInWithSso_LandsInTheWorkspace()
    {
        api.Provider.Reset();
        var email = $"sso-{Guid.NewGuid():N}@acme.test";
        api.Provider.NextEmail = email;
        await using var context = await _browser.NewContextAsync(new BrowserNewContextOptions { IgnoreHTTPSErrors = true });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);

        await page.GotoAsync(new Uri(api.BaseAddress, "/signin").ToString());
        await page.GetByLabel("Work email").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with SSO" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Acme", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText(email)).ToBeVisibleAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
