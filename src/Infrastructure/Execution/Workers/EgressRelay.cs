using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;

namespace Deepnote.Infrastructure.Execution.Workers;

/// <summary>The API's end of a worker's only way out: a Unix socket in the worker's folder. Each connection the
/// worker opens there is joined to the one address the egress policy checked for the current run; between runs (and
/// for DuckDB runs) there is none and connections are closed at once.</summary>
public sealed class EgressRelay : IDisposable
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(10);

    private readonly Socket _listener;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private IPEndPoint? _destination;

    private EgressRelay(Socket listener, ILogger logger)
    {
        _listener = listener;
        _logger = logger;
        _ = AcceptAsync();
    }

    public static EgressRelay Listen(string path, ILogger logger)
    {
        var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        listener.Bind(new UnixDomainSocketEndPoint(path));
        listener.Listen(16);
        return new EgressRelay(listener, logger);
    }

    /// <summary>Where the current run's connections go (null: nowhere).</summary>
    public IPEndPoint? Destination
    {
        get => Volatile.Read(ref _destination);
        set => Volatile.Write(ref _destination, value);
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket inner;
            try
            {
                inner = await _listener.AcceptAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = JoinAsync(inner, Destination);
        }
    }

    private async Task JoinAsync(Socket inner, IPEndPoint? destination)
    {
        using (inner)
        {
            if (destination is null) return;
            using var outer = new Socket(destination.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token))
                {
                    timeout.CancelAfter(ConnectTimeout);
                    await outer.ConnectAsync(destination, timeout.Token);
                }

                await using var a = new NetworkStream(inner, ownsSocket: false);
                await using var b = new NetworkStream(outer, ownsSocket: false);
                await Task.WhenAny(a.CopyToAsync(b, 1 << 18, _stop.Token), b.CopyToAsync(a, 1 << 18, _stop.Token));
            }
            catch (Exception ex) when (ex is SocketException or IOException or OperationCanceledException or ObjectDisposedException)
            {
                _logger.LogDebug("An egress connection ended: {Reason}", ex.GetType().Name);
            }
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Dispose();
    }
}
