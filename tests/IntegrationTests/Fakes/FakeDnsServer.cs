using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using ARSoft.Tools.Net.Dns;

namespace Deepnote.IntegrationTests.Fakes;

/// <summary>
/// A loopback authoritative DNS server on UDP speaking the real wire protocol (ARSoft.Tools.Net's DnsServer). It answers
/// TXT questions for names set with <see cref="SetTxt"/>; any other name gets NXDOMAIN. Every question is recorded so a
/// test can prove a lookup really reached it.
/// </summary>
public sealed class FakeDnsServer : IDisposable
{
    private readonly ConcurrentDictionary<string, string[]> _txt = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Func<IPAddress>> _a = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<string> _queries = new();
    private DnsServer _server = null!;

    private FakeDnsServer()
    {
    }

    public int Port { get; private set; }

    public string Endpoint => $"127.0.0.1:{Port}";

    /// <summary>Question names in arrival order, lower-cased and without the trailing dot.</summary>
    public IReadOnlyList<string> Queries => [.. _queries];

    public static Task<FakeDnsServer> StartAsync() => Task.FromResult(Start());

    public static FakeDnsServer Start()
    {
        var fake = new FakeDnsServer();
        // The UDP transport binds the port it is given and does not report it, so take a free one from the OS first;
        // retry in the rare case another process grabs it in between.
        for (var attempt = 1; ; attempt++)
        {
            int port;
            using (var probe = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0)))
            {
                port = ((IPEndPoint)probe.Client.LocalEndPoint!).Port;
            }
            var server = new DnsServer(new UdpServerTransport(new IPEndPoint(IPAddress.Loopback, port), 2000));
            server.QueryReceived += fake.OnQueryAsync;
            try
            {
                server.Start();
                (fake._server, fake.Port) = (server, port);
                return fake;
            }
            catch (SocketException) when (attempt < 5)
            {
                // The port was taken between probe and bind: try another.
            }
        }
    }

    public void SetTxt(string name, params string[] values) => _txt[Normalize(name)] = values;

    public void Clear(string name) => _txt.TryRemove(Normalize(name), out _);

    /// <summary>Answers A questions for <paramref name="name"/> with whatever <paramref name="address"/> gives at that
    /// moment (a rebinding server answers differently each time).</summary>
    public void SetA(string name, Func<IPAddress> address) => _a[Normalize(name)] = address;

    public int QueryCount(string name) => _queries.Count(q => q == Normalize(name));

    public void Dispose()
    {
        try
        {
            _server.Stop();
        }
        catch (AggregateException e) when (e.InnerExceptions.All(i => i is OperationCanceledException))
        {
            // Stop cancels its own accept loop and may report that cancellation; the server is stopped either way.
        }
    }

    private static string Normalize(string name) => name.Trim().TrimEnd('.').ToLowerInvariant();

    // A single character-string holds at most 255 bytes (ARSoft would cut it), so long values such as DKIM keys go out
    // as several strings of one record, which resolvers join back together. Assumes ASCII values.
    private static IEnumerable<string> Chunks(string value) =>
        value.Length == 0 ? [""] : value.Chunk(255).Select(c => new string(c));

    private Task OnQueryAsync(object sender, QueryReceivedEventArgs e)
    {
        if (e.Query is not DnsMessage query || query.Questions.Count != 1)
        {
            return Task.CompletedTask; // only plain single-question queries are expected from the clients under test
        }
        var question = query.Questions[0];
        var name = Normalize(question.Name.ToString());
        _queries.Enqueue(name);
        var response = query.CreateResponseInstance();
        response.IsAuthoritiveAnswer = true;
        if (_a.TryGetValue(name, out var address))
        {
            response.ReturnCode = ReturnCode.NoError;
            if (question.RecordType == RecordType.A) response.AnswerRecords.Add(new ARecord(question.Name, 0, address()));
        }
        else if (!_txt.TryGetValue(name, out var values))
        {
            response.ReturnCode = ReturnCode.NxDomain;
        }
        else
        {
            response.ReturnCode = ReturnCode.NoError;
            // A known name asked for another type gets NOERROR with no answers (NODATA), as a real zone would give.
            if (question.RecordType is RecordType.Txt or RecordType.Any)
            {
                response.AnswerRecords.AddRange(values.Select(v => new TxtRecord(question.Name, 60, Chunks(v))));
            }
        }
        e.Response = response;
        return Task.CompletedTask;
    }
}
