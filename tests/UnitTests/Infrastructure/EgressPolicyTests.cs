using System.Net;
using Deepnote.Infrastructure.Execution.Egress;

namespace Deepnote.UnitTests.Infrastructure;

/// <summary>Which addresses a customer connection may reach: internal ranges only when allowed, the product's own
/// database and this node's ports never.</summary>
public sealed class EgressPolicyTests
{
    private static readonly IPEndPoint Product = IPEndPoint.Parse("127.0.0.1:54329");

    [Theory]
    [InlineData("127.0.0.1:5432")]
    [InlineData("10.0.0.5:5432")]
    [InlineData("172.16.3.4:5432")]
    [InlineData("192.168.1.1:5432")]
    [InlineData("169.254.169.254:80")]
    [InlineData("100.64.0.1:5432")]
    [InlineData("0.0.0.0:5432")]
    [InlineData("[::1]:5432")]
    [InlineData("[fe80::1]:5432")]
    [InlineData("[fd00::1]:5432")]
    [InlineData("[::ffff:10.0.0.1]:5432")]
    [InlineData("[64:ff9b::a00:1]:5432")]
    [InlineData("198.18.0.1:5432")]
    [InlineData("[2002:a00:1::]:5432")]
    public void InternalAddresses_AreRefused_UnlessAllowed(string endpoint)
    {
        var policy = new EgressPolicy([], [Product], new OwnPorts());

        Assert.NotNull(policy.Refusal(IPEndPoint.Parse(endpoint)));
    }

    [Fact]
    public void APublicAddress_IsAllowed_AndAnAllowedRangeOpensOnlyItself()
    {
        var policy = new EgressPolicy([IPNetwork.Parse("10.1.0.0/16")], [Product], new OwnPorts());

        Assert.Null(policy.Refusal(IPEndPoint.Parse("8.8.8.8:5432")));
        Assert.Null(policy.Refusal(IPEndPoint.Parse("10.1.2.3:5432")));
        Assert.NotNull(policy.Refusal(IPEndPoint.Parse("10.2.0.1:5432")));
    }

    [Fact]
    public void TheProductsDatabaseAndThisNodesPorts_AreRefused_EvenInsideAnAllowedRange()
    {
        var ports = new OwnPorts();
        ports.Add(5001);
        var policy = new EgressPolicy([IPNetwork.Parse("127.0.0.0/8"), IPNetwork.Parse("::1/128")], [Product], ports);

        Assert.NotNull(policy.Refusal(IPEndPoint.Parse("127.0.0.1:54329")));
        Assert.NotNull(policy.Refusal(IPEndPoint.Parse("127.0.0.2:54329")));
        Assert.NotNull(policy.Refusal(IPEndPoint.Parse("[::1]:54329")));
        Assert.NotNull(policy.Refusal(IPEndPoint.Parse("127.0.0.1:5001")));
        Assert.Null(policy.Refusal(IPEndPoint.Parse("127.0.0.1:54339")));
    }

    [Fact]
    public void AnAllowedEndpoint_OpensThatAddressAndPortOnly()
    {
        var policy = new EgressPolicy([], [Product], new OwnPorts(), [IPEndPoint.Parse("127.0.0.1:54339")]);

        Assert.Null(policy.Refusal(IPEndPoint.Parse("127.0.0.1:54339")));
        Assert.Null(policy.Refusal(IPEndPoint.Parse("[::ffff:127.0.0.1]:54339")));
        Assert.NotNull(policy.Refusal(IPEndPoint.Parse("127.0.0.1:22")));
        Assert.NotNull(policy.Refusal(IPEndPoint.Parse("127.0.0.2:54339")));
        Assert.NotNull(policy.Refusal(IPEndPoint.Parse("[::1]:54339")));
        Assert.NotNull(policy.Refusal(IPEndPoint.Parse("127.0.0.1:54329"))); // the product's database stays shut
    }
}
