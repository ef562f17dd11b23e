using System.Net;
using System.Net.Sockets;
using DnsClient;

namespace Deepnote.Infrastructure.Execution.Egress;

/// <summary>Resolves a connection's host once, through <c>DEEPNOTE_DNS_SERVER</c> when set, and picks the first address
/// the policy allows: that checked address is the one the worker's connections are joined to, so a name that
/// resolves differently a moment later (DNS rebinding) changes nothing.</summary>
public sealed class EgressResolver(EgressPolicy policy, string? dnsServer)
{
    private readonly LookupClient? _dns = dnsServer is null ? null : new LookupClient(new LookupClientOptions(
        Network.NameServers.Parse(dnsServer))
    {
        UseCache = false,
        Timeout = TimeSpan.FromSeconds(3),
        Retries = 1,
    });

    /// <summary>The endpoint to connect to, or an <see cref="EgressRefusedException"/>.</summary>
    public async Task<IPEndPoint> ResolveAsync(string host, int port, CancellationToken ct)
    {
        if (host.StartsWith('/') || host.StartsWith('@') || host.Contains('\0', StringComparison.Ordinal))
        {
            throw new EgressRefusedException("a Unix socket");
        }

        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await LookupAsync(host, ct);
        if (addresses.Count == 0) throw new EgressRefusedException("no address");
        string? refusal = null;
        foreach (var address in addresses)
        {
            var endpoint = new IPEndPoint(address, port);
            refusal = policy.Refusal(endpoint);
            if (refusal is null) return endpoint;
        }

        throw new EgressRefusedException(refusal!);
    }

    private async Task<IReadOnlyList<IPAddress>> LookupAsync(string host, CancellationToken ct)
    {
        try
        {
            if (_dns is null) return await Dns.GetHostAddressesAsync(host, ct);
            var a = await _dns.QueryAsync(host, QueryType.A, cancellationToken: ct);
            var aaaa = await _dns.QueryAsync(host, QueryType.AAAA, cancellationToken: ct);
            return a.Answers.ARecords().Select(r => r.Address).Concat(aaaa.Answers.AaaaRecords().Select(r => r.Address)).ToList();
        }
        catch (Exception ex) when (ex is SocketException or DnsResponseException or ArgumentException)
        {
            return [];
        }
    }
}
