using System.Net;
using Deepnote.Api.Hosting;
using Deepnote.Application.Identity.Ports;
using Deepnote.IntegrationTests.Infrastructure;

namespace Deepnote.IntegrationTests.Access;

/// <summary>The host behind a load balancer at 127.0.0.1 (a trusted proxy), answering only as deepnote.test.</summary>
public sealed class BehindProxyFixture : ApiFixture
{
    public const string PublicHost = "deepnote.test";

    protected override Task<DeepnoteSettings> ConfigureAsync(DeepnoteSettings settings) => Task.FromResult(settings with
    {
        TrustedProxies = [System.Net.IPNetwork.Parse("127.0.0.1/32")],
        PublicUrl = new Uri($"https://{PublicHost}/"),
    });
}

/// <summary>Throttles and hosts at the edge: behind a trusted proxy each client is its own address; without one, a
/// forwarded header is ignored; only the public host name is served, except the probes.</summary>
public sealed class EdgeTests(BehindProxyFixture api) : IClassFixture<BehindProxyFixture>
{
    private const string SignIn = "mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { user { id } } }";

    private GraphQLClient ClientAt(string forwardedFor)
    {
        var client = api.NewClient();
        client.Http.DefaultRequestHeaders.Host = BehindProxyFixture.PublicHost;
        client.Http.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        return client;
    }

    [Fact]
    public async Task TwoClientsBehindTheTrustedProxy_AreThrottledSeparately()
    {
        using var noisy = ClientAt("203.0.113.5");
        using var quiet = ClientAt("203.0.113.6");

        for (var i = 0; i < SignInLimits.PerAddress; i++)
        {
            Assert.Equal("UNAUTHENTICATED", (await noisy.PostAsync(SignIn, new { e = $"nobody-{i}-{Guid.NewGuid():N}@example.test", p = "Wrong-Password-123" })).ErrorCode);
        }

        var noisyAgain = await noisy.PostAsync(SignIn, new { e = $"fresh-{Guid.NewGuid():N}@example.test", p = "Wrong-Password-123" });
        var quietOnce = await quiet.PostAsync(SignIn, new { e = $"fresh-{Guid.NewGuid():N}@example.test", p = "Wrong-Password-123" });
        using var admin = ClientAt("203.0.113.7");
        await admin.SignInAsync(ApiFixture.AdminEmail, ApiFixture.AdminPassword);

        Assert.Equal("LIMIT_EXCEEDED", noisyAgain.ErrorCode);
        Assert.Equal("UNAUTHENTICATED", quietOnce.ErrorCode);
        Assert.Equal((long)SignInLimits.PerAddress, await api.Database.ScalarAsync<long>("select count(*) from sign_in_failures where ip_address = '203.0.113.5'"));
        Assert.Equal(0L, await api.Database.ScalarAsync<long>("select count(*) from sign_in_failures where ip_address = '127.0.0.1'"));
    }

    [Fact]
    public async Task OnlyThePublicHostIsServed_ButProbesAnswerByNodeAddress()
    {
        using var byNodeAddress = api.NewClient(); // Host: 127.0.0.1:<port>
        using var byPublicName = ClientAt("203.0.113.9");
        using var evil = api.NewClient();
        evil.Http.DefaultRequestHeaders.Host = "evil.example";

        var graphql = await byNodeAddress.PostAsync("{ me { id } }");
        var evilPage = await evil.Http.GetAsync("/");
        var served = await byPublicName.PostAsync("{ me { id } }");
        var health = await byNodeAddress.Http.GetAsync("/healthz");
        var ready = await byNodeAddress.Http.GetAsync("/readyz");

        Assert.Equal("VALIDATION_FAILED", graphql.ErrorCode);
        Assert.Equal(HttpStatusCode.BadRequest, evilPage.StatusCode);
        Assert.Null(served.Errors);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }
}

/// <summary>Without a trusted proxy, a forwarded client address is the caller's own claim and is ignored.</summary>
public sealed class UntrustedForwardingTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task AForwardedForHeader_FromAnUntrustedPeer_IsIgnored()
    {
        using var client = api.NewClient();
        client.Http.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.77");
        var email = $"spoof-{Guid.NewGuid():N}@example.test";

        await client.PostAsync("mutation($e: String!) { signIn(input: { email: $e, password: \"Wrong-Password-123\" }) { user { id } } }", new { e = email });

        Assert.Equal("127.0.0.1", await api.Database.ScalarAsync<string>("select ip_address from sign_in_failures where email = $1", email));
    }
}
