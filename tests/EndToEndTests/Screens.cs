using Microsoft.Playwright;

namespace Deepnote.EndToEndTests;

/// <summary>The README's screens (docs/screens/*.png): taken by the browser tests on the way when
/// <c>DEEPNOTE_SCREENS</c> names a directory, and never otherwise.</summary>
internal static class Screens
{
    public static async Task SaveAsync(IPage page, string name, ILocator? part = null)
    {
        if (Environment.GetEnvironmentVariable("DEEPNOTE_SCREENS") is not { Length: > 0 } directory) return;
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name + ".png");
        if (part is null) await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        else await part.ScreenshotAsync(new LocatorScreenshotOptions { Path = path });
    }
}
