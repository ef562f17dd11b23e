using System.Net;
using DnsClient;

namespace Deepnote.Infrastructure.Network;

/// <summary>The DNS server named by <c>DEEPNOTE_DNS_SERVER</c> (domain checks and customer connection hosts alike).</summary>
public static class NameServers
{
    /// <summary><c>ip</c> or <c>ip:port</c> (IPv6 in brackets when a port is given); port 53 when none is.</summary>
    public static NameServer Parse(string server) =>
        IPEndPoint.TryParse(server, out var endpoint)
            ? new NameServer(endpoint.Port == 0 ? new IPEndPoint(endpoint.Address, 53) : endpoint)
            : throw new InvalidOperationException($"DEEPNOTE_DNS_SERVER must be host:port with an IP address, not '{server}'.");
}
