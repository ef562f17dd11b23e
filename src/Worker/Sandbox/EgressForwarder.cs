using System.Net;
using System.Net.Sockets;

namespace Deepnote.Worker.Sandbox;

/// <summary>The worker's only way out. Its network namespace has nothing but loopback; the driver connects to this
/// listener there (the database's host name maps to 127.0.0.1 in the sandbox's hosts file, so TLS still checks the
/// real name), and each connection is passed to the API through the egress socket bound into the sandbox. The API
/// decides the destination: a compromised worker can reach only the address checked for its current run.</summary>
public sealed class EgressForwarder : IDisposable
{
    public const string SocketPath = "/run/deepnote/egress.sock";
    private const string HostsPath = "/tmp/etc/hosts";

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();

    private EgressForwarder()
    {
        _listener.Start(16);
        _ = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Writes the resolver files the sandbox's /etc links to, then listens.</summary>
    public static EgressForwarder Start()
    {
        Directory.CreateDirectory("/tmp/etc");
        File.WriteAllText("/tmp/etc/nsswitch.conf", "hosts: files\n");
        File.WriteAllText(HostsPath, "127.0.0.1 localhost\n");
        return new EgressForwarder();
    }

    /// <summary>The host name the driver is given for <paramref name="host"/>: a name maps to loopback here; an address
    /// literal is replaced by loopback itself.</summary>
    public static string Route(string host)
    {
        if (IPAddress.TryParse(host, out _)) return "127.0.0.1";
        File.WriteAllText(HostsPath, $"127.0.0.1 localhost\n127.0.0.1 {host}\n");
        return host;
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = ForwardAsync(client);
        }
    }

    private static async Task ForwardAsync(TcpClient client)
    {
        client.NoDelay = true; // the driver's small protocol messages must not wait for Nagle
        using (client)
        using (var egress = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified))
        {
            try
            {
                await egress.ConnectAsync(new UnixDomainSocketEndPoint(SocketPath));
                await using var outward = new NetworkStream(egress, ownsSocket: false);
                var inward = client.GetStream();
                var up = inward.CopyToAsync(outward, 1 << 18);
                var down = outward.CopyToAsync(inward, 1 << 18);
                await Task.WhenAny(up, down);
            }
            catch (Exception ex) when (ex is SocketException or IOException or ObjectDisposedException)
            {
                // the peer went away; the driver sees a closed connection
            }
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
    }
}
