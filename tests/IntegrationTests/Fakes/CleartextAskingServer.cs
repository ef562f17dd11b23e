using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace Deepnote.IntegrationTests.Fakes;

/// <summary>A hostile "PostgreSQL" server on loopback speaking just enough of the wire protocol to ask the client for
/// its password in clear (AuthenticationCleartextPassword), and to record whether one was sent.</summary>
public sealed class CleartextAskingServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Password messages ('p') received, as the client sent them.</summary>
    public List<string> PasswordsReceived { get; } = [];

    public int Connections { get; private set; }

    public static CleartextAskingServer Start()
    {
        var server = new CleartextAskingServer();
        server._listener.Start();
        server._loop = server.AcceptAsync();
        return server;
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
            catch (OperationCanceledException)
            {
                return;
            }

            Connections++;
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        var stream = client.GetStream();
        try
        {
            var first = await ReadStartupAsync(stream);
            if (first.Code == 80877103) // SSLRequest: no TLS here
            {
                await stream.WriteAsync("N"u8.ToArray());
                await ReadStartupAsync(stream);
            }

            await stream.WriteAsync(new byte[] { (byte)'R', 0, 0, 0, 8, 0, 0, 0, 3 }); // AuthenticationCleartextPassword
            var type = new byte[1];
            if (await stream.ReadAsync(type) == 1 && type[0] == (byte)'p')
            {
                var length = new byte[4];
                await stream.ReadExactlyAsync(length);
                var body = new byte[BinaryPrimitives.ReadInt32BigEndian(length) - 4];
                await stream.ReadExactlyAsync(body);
                lock (PasswordsReceived) PasswordsReceived.Add(System.Text.Encoding.UTF8.GetString(body).TrimEnd('\0'));
            }
        }
        catch (Exception ex) when (ex is IOException or EndOfStreamException or SocketException)
        {
            // the client hung up, as it should
        }
    }

    private static async Task<(int Length, int Code)> ReadStartupAsync(NetworkStream stream)
    {
        var header = new byte[8];
        await stream.ReadExactlyAsync(header);
        var length = BinaryPrimitives.ReadInt32BigEndian(header);
        if (length > 8) await stream.ReadExactlyAsync(new byte[length - 8]);
        return (length, BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(4)));
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        if (_loop is not null) await _loop;
    }
}
