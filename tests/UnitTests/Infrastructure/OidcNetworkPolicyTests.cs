using System.Net;
using Deepnote.Application.Identity.Ports;
using Deepnote.Infrastructure.Identity;

namespace Deepnote.UnitTests.Infrastructure;

/// <summary>Where the server may go for an identity provider: Google's endpoints (on hosts other than the issuer's)
/// pass; loopback, private, link-local and mapped addresses do not, unless the operator allows a range.</summary>
public sealed class OidcNetworkPolicyTests
{
    private static readonly Dictionary<string, IPAddress[]> Dns = new()
    {
        ["accounts.google.com"] = [IPAddress.Parse("142.250.74.109")],
        ["oauth2.googleapis.com"] = [IPAddress.Parse("142.250.74.138"), IPAddress.Parse("2a00:1450:4001:82b::200a")],
        ["www.googleapis.com"] = [IPAddress.Parse("172.217.16.138")],
        ["idp.corp.internal"] = [IPAddress.Parse("10.20.30.40")],
        ["rebinding.example"] = [IPAddress.Parse("93.184.216.34"), IPAddress.Parse("127.0.0.1")],
    };

    private static OidcNetworkPolicy Policy(bool insecure = false, params string[] allowed) =>
        new(insecure, [.. allowed.Select(IPNetwork.Parse)], (host, _) => Task.FromResult(Dns.GetValueOrDefault(host, [])));

    [Theory]
    [InlineData("accounts.google.com")]
    [InlineData("oauth2.googleapis.com")]
    [InlineData("www.googleapis.com")]
    public async Task TheGooglePresetsEndpoints_ArePublic_AndAllowed(string host) =>
        Assert.NotNull(await Policy().ResolveAsync(host, default));

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("10.1.2.3")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("::1")]
    [InlineData("fe80::1")]
    [InlineData("fd00::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("idp.corp.internal")]
    [InlineData("rebinding.example")]
    [InlineData("does-not-resolve.example")]
    public async Task NonPublicAddresses_AreRefused_WithoutNamingThem(string host)
    {
        var refused = await Assert.ThrowsAsync<SsoRejectedException>(() => Policy().ResolveAsync(host, default));

        Assert.Equal($"{host} is not reachable at a public address", refused.Reason);
        Assert.True(refused.Unreachable);
    }

    [Fact]
    public async Task TheOperator_MayAllowAPrivateRange_AndLoopbackHttpForTests()
    {
        Assert.NotNull(await Policy(false, "10.0.0.0/8").ResolveAsync("idp.corp.internal", default));
        Assert.NotNull(await Policy(insecure: true).ResolveAsync("127.0.0.1", default));
        Assert.False(Policy().AllowsScheme(new Uri("http://127.0.0.1:8080/")));
        Assert.True(Policy(insecure: true).AllowsScheme(new Uri("http://127.0.0.1:8080/")));
        Assert.False(Policy(insecure: true).AllowsScheme(new Uri("http://accounts.google.com/")));
        Assert.True(Policy().AllowsScheme(new Uri("https://accounts.google.com/")));
    }
}
