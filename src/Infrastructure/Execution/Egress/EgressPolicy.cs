using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;

namespace Deepnote.Infrastructure.Execution.Egress;

/// <summary>Which addresses a customer connection may reach. Private, loopback, link-local, metadata and translation
/// ranges are refused unless an operator allows them (<c>DEEPNOTE_EGRESS_ALLOW</c>); the product's own database and
/// the API's own ports are refused always, on every address of this host, even inside an allowed range. An operator
/// may also open single internal endpoints (the sample database) without their range.</summary>
public sealed class EgressPolicy(IReadOnlyList<IPNetwork> allowed, IReadOnlyList<IPEndPoint> product, OwnPorts ownPorts,
    IReadOnlyList<IPEndPoint>? allowedEndpoints = null)
{
    private static readonly IPNetwork[] Internal =
    [
        IPNetwork.Parse("0.0.0.0/8"), IPNetwork.Parse("127.0.0.0/8"), IPNetwork.Parse("::/128"), IPNetwork.Parse("::1/128"),
        IPNetwork.Parse("::ffff:0:0/96"), IPNetwork.Parse("64:ff9b::/96"), IPNetwork.Parse("169.254.0.0/16"),
        IPNetwork.Parse("fe80::/10"), IPNetwork.Parse("10.0.0.0/8"), IPNetwork.Parse("172.16.0.0/12"),
        IPNetwork.Parse("192.168.0.0/16"), IPNetwork.Parse("100.64.0.0/10"), IPNetwork.Parse("fc00::/7"),
        IPNetwork.Parse("224.0.0.0/4"), IPNetwork.Parse("240.0.0.0/4"), IPNetwork.Parse("ff00::/8"),
        // special-purpose and translation ranges (RFC 6890): no customer database lives there
        IPNetwork.Parse("192.0.0.0/24"), IPNetwork.Parse("198.18.0.0/15"), IPNetwork.Parse("192.0.2.0/24"),
        IPNetwork.Parse("198.51.100.0/24"), IPNetwork.Parse("203.0.113.0/24"), IPNetwork.Parse("2001:db8::/32"),
        IPNetwork.Parse("100::/64"), IPNetwork.Parse("64:ff9b:1::/48"), IPNetwork.Parse("2002::/16"),
    ];

    public static IReadOnlyList<IPNetwork> ParseAllowList(string? value) =>
        string.IsNullOrWhiteSpace(value) ? [] : value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(IPNetwork.Parse).ToList();

    /// <summary>Null when <paramref name="endpoint"/> may be connected to; else why not (for the log, never shown).</summary>
    public string? Refusal(IPEndPoint endpoint)
    {
        var address = endpoint.Address;
        if (IsThisHost(address) && (ownPorts.Contains(endpoint.Port) || product.Any(p => p.Port == endpoint.Port)))
        {
            return "the product's own service";
        }

        if (product.Any(p => p.Port == endpoint.Port && p.Address.Equals(address))) return "the product's own database";
        if (Internal.Any(n => n.Contains(address)) && !allowed.Any(n => n.Contains(address))
            && allowedEndpoints?.Any(e => e.Port == endpoint.Port && Same(e.Address, address)) != true)
        {
            return "an internal address";
        }
        return null;
    }

    private static bool Same(IPAddress a, IPAddress b) =>
        (a.IsIPv4MappedToIPv6 ? a.MapToIPv4() : a).Equals(b.IsIPv4MappedToIPv6 ? b.MapToIPv4() : b);

    /// <summary>Loopback, the unspecified address, or an address of one of this host's interfaces (in any form).</summary>
    private static bool IsThisHost(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)) return true;
        if (address.AddressFamily == AddressFamily.InterNetwork && address.GetAddressBytes()[0] == 0) return true;
        return NetworkInterface.GetAllNetworkInterfaces().SelectMany(i => i.GetIPProperties().UnicastAddresses)
            .Any(u => u.Address.Equals(address));
    }
}
