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
