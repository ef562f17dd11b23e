using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Deepnote.EndToEndTests;

/// <summary>axe-core on the page as it is now: no critical or serious violation (WCAG 2 A/AA and best practices).</summary>
internal static class Accessibility
{
    public static async Task AssertNoSeriousViolationsAsync(IPage page, string what)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "critical" or "serious").ToList();
        Assert.True(serious.Count == 0, $"{what} ({page.Url}): " + string.Join("; ", serious.Select(v =>
            $"{v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => $"{n.Target} ({Short(n.Html)})"))}")));
    }

    private static string Short(string? html) => html is null ? "" : html.Length <= 160 ? html : html[..160] + "…";
}
