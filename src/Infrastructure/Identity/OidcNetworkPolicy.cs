using System.Net;
using System.Net.Sockets;
using Deepnote.Application.Identity.Ports;

namespace Deepnote.Infrastructure.Identity;

/// <summary>Where the server may go when a workspace names an identity provider: https to public addresses only.
/// Loopback http only when the operator allows it (tests), private ranges only when listed. Addresses are checked
/// when the socket connects, so a name that re-resolves to an internal address (DNS rebinding) is refused too.</summary>
public sealed class OidcNetworkPolicy(bool allowInsecureLoopback, IReadOnlyList<IPNetwork> allowed,
    Func<string, CancellationToken, Task<IPAddress[]>>? resolve = null)
{
    private static readonly IPNetwork[] NotPublic = [.. new[]
    {
        "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24",
        "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24",
        "224.0.0.0/3", "::/127", "::ffff:0:0/96", "64:ff9b::/96", "100::/64", "2001:db8::/32", "fc00::/7", "fe80::/10",
        "ff00::/8",
    }.Select(IPNetwork.Parse)];

    private readonly Func<string, CancellationToken, Task<IPAddress[]>> _resolve = resolve ?? Dns.GetHostAddressesAsync;

    public bool AllowsScheme(Uri uri) =>
        uri.Scheme == Uri.UriSchemeHttps || (allowInsecureLoopback && uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback);

    public bool AllowsAddress(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (allowed.Any(n => n.Contains(address))) return true;
        if (IPAddress.IsLoopback(address)) return allowInsecureLoopback;
        return !NotPublic.Any(n => n.Contains(address));
    }

    /// <summary>The address to connect to: every address the name has must be allowed (no mixing a public decoy with
    /// an internal target).</summary>
    public async Task<IPAddress> ResolveAsync(string host, CancellationToken ct)
    {
        IPAddress[] addresses;
        try
        {
            addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await _resolve(host, ct);
        }
        catch (SocketException)
        {
            addresses = [];
        }

        // One reason for both, naming no address: an ADMIN must not map the server's network through this.
        if (addresses.Length == 0 || !addresses.All(AllowsAddress))
        {
            throw new SsoRejectedException($"{host} is not reachable at a public address", unreachable: true);
        }

        return addresses[0];
    }

    /// <summary>An HTTP client that follows no redirect and connects only to allowed addresses.</summary>
    public HttpClient CreateClient() => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseProxy = false, // a proxy would connect on our behalf to addresses the callback below never sees
        MaxResponseHeadersLength = 64,
        ConnectTimeout = TimeSpan.FromSeconds(5),
        ConnectCallback = async (context, ct) =>
        {
            var address = await ResolveAsync(context.DnsEndPoint.Host, ct);
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    }) { Timeout = TimeSpan.FromSeconds(10), MaxResponseContentBufferSize = 1024 * 1024 };
}
