using System.Net;
using System.Text.Json;
using Deepnote.IntegrationTests.Fakes;
using Deepnote.IntegrationTests.GraphQL;
using Deepnote.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Deepnote.IntegrationTests.Identity;

/// <summary>A workspace whose SSO provider is the loopback OIDC provider, for its verified domain acme.test; and a
/// clock the tests move forward.</summary>
public sealed class SsoFixture : ApiFixture
{
    public FakeOidcProvider Provider { get; } = new();

    public ManualClock Clock { get; } = new();

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);

    public string Workspace { get; private set; } = "";

    public override async Task InitializeAsync()
    {
        await Provider.StartAsync();
        await base.InitializeAsync();
        using var admin = await SignedInAdminAsync();
        Workspace = await admin.CreateWorkspaceAsync("Acme");
        await this.VerifyDomainAsync(admin, Workspace, "acme.test");
        await ConfigureSsoAsync(admin, Workspace, "acme.test", enforce: false);
    }

    /// <summary>Points a workspace's SSO at the loopback provider for one of its verified domains.</summary>
    public async Task ConfigureSsoAsync(GraphQLClient admin, string workspace, string domain, bool enforce, string role = "EDITOR")
    {
        await admin.DataAsync($$"""
            mutation($w: ID!, $i: String!, $c: String!, $s: String!, $d: String!) { configureSso(input: { workspaceId: $w, issuer: $i,
              clientId: $c, clientSecret: $s, allowedDomains: [$d], defaultRole: {{role}}, enforceSso: {{(enforce ? "true" : "false")}} }) { workspace { id } } }
            """, new { w = workspace, i = Provider.Issuer.ToString(), c = FakeOidcProvider.ClientId, s = FakeOidcProvider.ClientSecret, d = domain });
    }

    /// <summary>Follows the browser's path: /sso/start → provider /authorize → /sso/callback. Returns where the
    /// callback sent the browser.</summary>
    public async Task<(GraphQLClient Browser, Uri Landing)> SsoSignInAsync(string email, string? providerEmail = null, string? start = null)
    {
        Provider.NextEmail = providerEmail ?? email;
        var browser = NewClient();
        var toProvider = await browser.Http.GetAsync(start ?? $"/sso/start?email={Uri.EscapeDataString(email)}");
        Assert.Equal(HttpStatusCode.Redirect, toProvider.StatusCode);
        Assert.StartsWith(Provider.Issuer.ToString().TrimEnd('/') + "/authorize", toProvider.Headers.Location!.ToString());
        using var provider = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var back = await provider.GetAsync(toProvider.Headers.Location);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        var landing = await browser.Http.GetAsync(back.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, landing.StatusCode);
        return (browser, new Uri(BaseAddress, landing.Headers.Location!));
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Provider.DisposeAsync();
    }
}

/// <summary>OpenID Connect sign-in end to end over HTTP: our host, the browser's redirects (followed by hand), the
/// provider; and every way it must fail.</summary>
public sealed class SsoTests(SsoFixture api) : IClassFixture<SsoFixture>
{
    private async Task<string> LastFailureAsync() =>
        (await api.Database.ScalarAsync<string>("select data ->> 'reason' from events where event_type = 'SignInFailed' order by sequence desc limit 1"))!;

    [Fact]
    public async Task SignIn_ThroughTheProvider_ProvisionsAMemberWithTheDefaultRole()
    {
        api.Provider.Reset();
        var email = $"ana-{Guid.NewGuid():N}@acme.test";

        var (browser, landing) = await api.SsoSignInAsync(email);
        using var _ = browser;
        var me = await browser.DataAsync("{ me { email workspaces { edges { node { name myRole } } } } }");

        Assert.Equal("/", landing.AbsolutePath);
        Assert.Equal(email, me.GetProperty("me").GetProperty("email").GetString());
        var workspace = Assert.Single(me.GetProperty("me").GetProperty("workspaces").GetProperty("edges").EnumerateArray()).GetProperty("node");
        Assert.Equal(("Acme", "EDITOR"), (workspace.GetProperty("name").GetString(), workspace.GetProperty("myRole").GetString()));
        var (again, _) = await api.SsoSignInAsync(email); // a second sign-in reuses the account and the membership
        using var __ = again;
        Assert.Equal(1L, await api.Database.ScalarAsync<long>("select count(*) from users where email = $1", email));
    }

    [Theory]
    [InlineData("audience", "wrong audience")]
    [InlineData("expired", "expired")]
    [InlineData("signature", "bad signature")]
    [InlineData("domain", "is not verified by this workspace")]
    [InlineData("unverified", "not verified")]
    public async Task SignIn_WithABadIdToken_IsRefusedAndAudited(string fault, string reason)
    {
        api.Provider.Reset();
        var email = $"bad-{Guid.NewGuid():N}@acme.test";
        string? providerEmail = null;
        switch (fault)
        {
            case "audience": api.Provider.AudienceOverride = "someone-else"; break;
            case "expired": api.Provider.Lifetime = TimeSpan.FromMinutes(-10); break;
            case "signature": api.Provider.TamperSignature = true; break;
            case "domain": providerEmail = $"mallory-{Guid.NewGuid():N}@evil.test"; break;
            case "unverified": api.Provider.EmailVerified = false; break;
        }

        var (browser, landing) = await api.SsoSignInAsync(email, providerEmail);
        using var _ = browser;
        var me = await browser.DataAsync("{ me { id } }");

        Assert.Equal("/signin", landing.AbsolutePath);
        Assert.Contains("sso_error", landing.Query);
        Assert.Equal(JsonValueKind.Null, me.GetProperty("me").ValueKind);
        Assert.Contains(reason, await LastFailureAsync());
        Assert.Equal(0L, await api.Database.ScalarAsync<long>("select count(*) from users where email = $1 or email = $2", email, providerEmail ?? ""));
    }

    [Fact]
    public async Task EnforcedSso_RefusesThePasswordOfItsVerifiedDomainsAccounts_AndTheSecretIsSealed()
    {
        api.Provider.Reset();
        using var admin = await api.SignedInAdminAsync();
        var workspace = await admin.CreateWorkspaceAsync("Enforced");
        var domain = $"enforced-{Guid.NewGuid():N}.test";
        await api.VerifyDomainAsync(admin, workspace, domain);
        var email = $"pw-{Guid.NewGuid():N}@{domain}";
        var (_, link) = await admin.InviteAsync(workspace, email, "VIEWER");
        using var member = api.NewClient();
        await member.AcceptAsync(link);
        await admin.DataAsync("""
            mutation($w: ID!, $i: String!, $d: String!) { configureSso(input: { workspaceId: $w, issuer: $i, clientId: "x", clientSecret: "Enforced-Secret-42",
              allowedDomains: [$d], defaultRole: VIEWER, enforceSso: true }) { workspace { id } } }
            """, new { w = workspace, i = api.Provider.Issuer.ToString(), d = domain });
        using var fresh = api.NewClient();

        var signIn = await fresh.PostAsync("mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { user { id } } }",
            new { e = email, p = Workflows.MemberPassword });
        var settings = await admin.DataAsync("query($w: ID!) { workspace(id: $w) { sso { issuer hasClientSecret enforceSso defaultRole } } }", new { w = workspace });

        Assert.Equal("UNAUTHENTICATED", signIn.ErrorCode);
        Assert.Equal("single sign-on is enforced", await LastFailureAsync());
        Assert.True(settings.GetProperty("workspace").GetProperty("sso").GetProperty("hasClientSecret").GetBoolean());
        Assert.Equal(0L, await api.Database.ScalarAsync<long>("select count(*) from events where data::text like '%Enforced-Secret-42%'"));
    }
}
