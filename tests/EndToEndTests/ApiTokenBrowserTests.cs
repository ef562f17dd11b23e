using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Deepnote.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace Deepnote.EndToEndTests;

/// <summary>An admin makes an API token in the SPA, sees it once, and an integrator's script uses it.</summary>
public sealed class ApiTokenBrowserTests(ApiFixture api) : BrowserTest(api)
{
    [Fact]
    public async Task TokenMadeInTheBrowser_IsShownOnce_AndWorksAsABearerToken()
    {
        var (context, page) = await OpenAsync();
        await using var _ = context;

        await SignInAsAdminAsync(page);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Default", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Workspace" }).GetByRole(AriaRole.Link, new() { Name = "API tokens", Exact = true }).ClickAsync();
        await page.GetByLabel("Token name").FillAsync("nightly export");
        await page.GetByLabel("Expires in days").FillAsync("7");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create token" }).ClickAsync();
        var secret = (await page.GetByTestId("new-token").Locator("code").TextContentAsync())!.Trim();
        await page.GetByRole(AriaRole.Button, new() { Name = "Done" }).ClickAsync();

        Assert.StartsWith("dnp_", secret);
        await Assertions.Expect(page.GetByTestId("token-row").Filter(new() { HasText = "nightly export" })).ToBeVisibleAsync();
        Assert.DoesNotContain(secret, await page.ContentAsync());

        using var http = new HttpClient(new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
        }) { BaseAddress = Api.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        var response = await http.PostAsJsonAsync("/graphql", new { query = "{ me { email } }" });
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(ApiFixture.AdminEmail, body.GetProperty("data").GetProperty("me").GetProperty("email").GetString());
    }
}
