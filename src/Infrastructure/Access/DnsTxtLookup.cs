using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common;
using DnsClient;

namespace Deepnote.Infrastructure.Access;

/// <summary>TXT lookups with DnsClient, uncached (a verification must see the record as it is now), against the
/// configured resolver (<c>DEEPNOTE_DNS_SERVER</c>) or the system's.</summary>
internal sealed class DnsTxtLookup : IDnsTxtLookup
{
    private readonly LookupClient _client;

    public DnsTxtLookup(string? server)
    {
        var options = server is null ? new LookupClientOptions() : new LookupClientOptions(Network.NameServers.Parse(server));
        options.UseCache = false;
        options.Timeout = TimeSpan.FromSeconds(3);
        options.Retries = 1;
        options.ThrowDnsErrors = false;
        options.ContinueOnDnsError = false;
        _client = new LookupClient(options);
    }

    public async Task<IReadOnlyList<string>> TxtAsync(string name, CancellationToken ct)
    {
        try
        {
            var response = await _client.QueryAsync(name, QueryType.TXT, QueryClass.IN, ct);
            // Only records owned by the name asked (not ones reached through a CNAME elsewhere).
            return response.Answers.TxtRecords()
                .Where(r => string.Equals(r.DomainName.Value.TrimEnd('.'), name.TrimEnd('.'), StringComparison.OrdinalIgnoreCase))
                .Select(r => string.Concat(r.Text)).ToList();
        }
        catch (DnsResponseException ex)
        {
            throw new DependencyUnavailableException("The DNS resolver did not answer; try again later.", ex);
        }
    }
}
