using Deepnote.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace Deepnote.EndToEndTests;

/// <summary>The vault in the SPA: an admin creates a PostgreSQL connection (to the test server itself), tests it,
/// rotates the workspace key, tests again, and uploads a file — in Debian's Chromium.</summary>
public sealed class VaultBrowserTests(ApiFixture api) : BrowserTest(api)
{
    [Fact]
    public async Task Admin_CreatesTestsAConnection_RotatesTheKey_AndUploadsAFile()
    {
        var (context, page) = await OpenAsync();
        await using var _ = context;
        var password = await CustomerServer.PasswordAsync();
        var csv = Path.Combine(Path.GetTempPath(), $"people-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(csv, "id,name\n1,Ada\n2,Grace\n");

        try
        {
            await SignInAsAdminAsync(page);
            await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Default", Exact = true }).ClickAsync();

            await page.GetByRole(AriaRole.Navigation, new() { Name = "Workspace" }).GetByRole(AriaRole.Link, new() { Name = "Connections", Exact = true }).ClickAsync();
            await page.GetByLabel("Connection name").FillAsync("Warehouse");
            await page.GetByLabel("Host").FillAsync(CustomerServer.Host);
            await page.GetByLabel("Port").FillAsync(CustomerServer.Port.ToString());
            await page.GetByLabel("Database", new() { Exact = true }).FillAsync("postgres");
            await page.GetByLabel("Username").FillAsync(CustomerServer.User);
            await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
            await page.GetByLabel("SSL mode").SelectOptionAsync("DISABLE");
            await page.GetByRole(AriaRole.Button, new() { Name = "Create connection" }).ClickAsync();
            var row = page.GetByTestId("connection-row").Filter(new() { HasText = "Warehouse" });
            await Assertions.Expect(row).ToContainTextAsync("set on");
            await Assertions.Expect(page.GetByLabel("Password", new() { Exact = true })).ToHaveValueAsync("");
            await row.GetByRole(AriaRole.Button, new() { Name = "Test" }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("test-result")).ToContainTextAsync("Connected");

            await page.GotoAsync(new Uri(Api.BaseAddress, page.Url.Replace("/connections", "/key")).ToString());
            await page.GetByRole(AriaRole.Button, new() { Name = "Rotate key" }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("rotation-status")).ToHaveTextAsync("SUCCEEDED");

            await page.GotoAsync(new Uri(Api.BaseAddress, page.Url.Replace("/key", "/connections")).ToString());
            await page.GetByTestId("connection-row").Filter(new() { HasText = "Warehouse" })
                .GetByRole(AriaRole.Button, new() { Name = "Test" }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("test-result")).ToContainTextAsync("Connected");

            await page.GotoAsync(new Uri(Api.BaseAddress, page.Url.Replace("/connections", "/files")).ToString());
            await page.GetByLabel("File to upload").SetInputFilesAsync(csv);
            await page.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("file-row").Filter(new() { HasText = Path.GetFileName(csv) })).ToBeVisibleAsync();
            Assert.DoesNotContain(password, await page.ContentAsync());
        }
        finally
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "vault.png"), FullPage = true });
            File.Delete(csv);
        }
    }
}
