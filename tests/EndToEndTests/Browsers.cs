using Deepnote.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace Deepnote.EndToEndTests;

/// <summary>Debian's Chromium, headless, with the flags this closed network needs; never a downloaded browser.</summary>
internal static class Browsers
{
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        Assert.True(File.Exists(ApiFixture.RepositoryPath("src", "Api", "wwwroot", "index.html")),
            "The SPA is not built: ./deepnote test builds it (npm run build in src/Web).");
        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("DEEPNOTE_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
    }
}

/// <summary>A test class that drives Chromium against the standard host (mail through the loopback SMTP server).</summary>
public abstract class BrowserTest(ApiFixture api) : BrowserTestBase(api), IClassFixture<ApiFixture>;

/// <summary>A test class that drives Chromium against its own host: one browser per class.</summary>
public abstract class BrowserTestBase(ApiFixture api) : IAsyncLifetime
{
    private IPlaywright _playwright = null!;

    protected ApiFixture Api { get; } = api;

    protected IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Browser = await Browsers.LaunchAsync(_playwright);
    }

    /// <summary>A new browser context that trusts the host's development certificate, and a page with a timeout.</summary>
    protected async Task<(IBrowserContext Context, IPage Page)> OpenAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { IgnoreHTTPSErrors = true });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        return (context, page);
    }

    protected async Task SignInAsAdminAsync(IPage page)
    {
        await page.GotoAsync(Api.BaseAddress.ToString());
        await page.GetByLabel("Email", new() { Exact = true }).FillAsync(ApiFixture.AdminEmail);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(ApiFixture.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
