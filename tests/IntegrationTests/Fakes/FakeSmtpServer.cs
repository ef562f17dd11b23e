using System.Buffers;
using System.Net;
using System.Text.RegularExpressions;
using MimeKit;
using SmtpServer;
using SmtpServer.Authentication;
using SmtpServer.ComponentModel;
using SmtpServer.Net;
using SmtpServer.Protocol;
using SmtpServer.Storage;
using SmtpServerHost = SmtpServer.SmtpServer;

namespace Deepnote.IntegrationTests.Fakes;

/// <summary>
/// A loopback SMTP server speaking the real protocol (the SmtpServer package), plain text, no TLS. AUTH PLAIN/LOGIN
/// is offered but optional, and only <see cref="User"/>/<see cref="Password"/> are accepted, so a test can prove the
/// client under test authenticated. Every accepted message is kept, parsed as a <see cref="MimeMessage"/>.
/// </summary>
public sealed partial class FakeSmtpServer : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly List<MimeMessage> _messages = [];
    private readonly HashSet<MimeMessage> _returned = [];
    private readonly CancellationTokenSource _stop = new();
    // Replaced on every arrival, so waiters wake without polling or fixed sleeps.
    private TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _running = Task.CompletedTask;

    private FakeSmtpServer(string user, string password) => (User, Password) = (user, password);

    public string User { get; }

    public string Password { get; }

    public int Port { get; private set; }

    /// <summary>The user name of the last successful AUTH, or null if no client authenticated.</summary>
    public string? AuthenticatedUser { get; private set; }

    public IReadOnlyList<MimeMessage> Messages
    {
        get
        {
            lock (_gate)
            {
                return [.. _messages];
            }
        }
    }

    public static async Task<FakeSmtpServer> StartAsync(string user = "smtp-user", string password = "smtp-password-1234")
    {
        var fake = new FakeSmtpServer(user, password);
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, 0)).AllowUnsecureAuthentication(true).AuthenticationRequired(false))
            .Build();
        // Port 0 lets the OS pick; the listener factory reports the port it really bound.
        var listeners = new EndpointListenerFactory();
        var bound = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        listeners.EndpointStarted += (_, e) => bound.TrySetResult(((IPEndPoint)e.LocalEndPoint).Port);
        var services = new ServiceProvider();
        services.Add(listeners);
        services.Add(new Store(fake));
        services.Add(new DelegatingUserAuthenticator(fake.Authenticate));
        fake._running = new SmtpServerHost(options, services).StartAsync(fake._stop.Token);
        if (await Task.WhenAny(bound.Task, fake._running).WaitAsync(TimeSpan.FromSeconds(10)) != bound.Task)
        {
            await fake._running; // rethrows why it stopped
            throw new InvalidOperationException("The fake SMTP server stopped before listening.");
        }
        fake.Port = await bound.Task;
        return fake;
    }

    /// <summary>
    /// The first message sent to <paramref name="to"/> (To, Cc or Bcc header, case-insensitive) matching
    /// <paramref name="match"/> that no earlier call returned, so two waits for the same address get two messages.
    /// </summary>
    public async Task<MimeMessage> WaitForAsync(string to, Func<MimeMessage, bool>? match = null, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            Task arrived;
            lock (_gate)
            {
                var found = _messages.FirstOrDefault(m => !_returned.Contains(m) && IsFor(m, to) && (match?.Invoke(m) ?? true));
                if (found is not null)
                {
                    _returned.Add(found);
                    return found;
                }
                arrived = _arrived.Task;
            }
            try
            {
                await arrived.WaitAsync(TimeSpan.FromTicks(Math.Max(0, (deadline - DateTime.UtcNow).Ticks)));
            }
            catch (TimeoutException)
            {
                throw new TimeoutException($"No matching message to {to} arrived in time. Received so far: [{string.Join("; ", Messages.Select(Describe))}]");
            }
        }
    }

    /// <summary>The first absolute http(s) URL in the message whose path starts with <paramref name="path"/>.</summary>
    public static string LinkIn(MimeMessage message, string path)
    {
        // Plain text first; HTML bodies are decoded so href="...&amp;..." comes back as a usable URL.
        var body = message.TextBody ?? WebUtility.HtmlDecode(message.HtmlBody ?? "");
        foreach (Match m in UrlPattern().Matches(body))
        {
            var url = m.Value.TrimEnd('.', ',', ';', ':', ')', ']');
            if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.AbsolutePath.StartsWith(path, StringComparison.Ordinal))
            {
                return url;
            }
        }
        throw new InvalidOperationException($"No link to {path} in message '{message.Subject}':\n{body}");
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception e) when (e is OperationCanceledException or TimeoutException)
        {
        }
        _stop.Dispose();
    }

    private static bool IsFor(MimeMessage message, string address) =>
        message.GetRecipients().Any(r => string.Equals(r.Address, address, StringComparison.OrdinalIgnoreCase));

    private static string Describe(MimeMessage m) => $"{string.Join(",", m.GetRecipients().Select(r => r.Address))}: {m.Subject}";

    private bool Authenticate(string user, string password)
    {
        if (user != User || password != Password)
        {
            return false;
        }
        AuthenticatedUser = user;
        return true;
    }

    private void Add(MimeMessage message)
    {
        TaskCompletionSource previous;
        lock (_gate)
        {
            _messages.Add(message);
            previous = _arrived;
            _arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        previous.SetResult();
    }

    [GeneratedRegex(@"https?://[^\s""'<>]+")]
    private static partial Regex UrlPattern();

    private sealed class Store(FakeSmtpServer owner) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            owner.Add(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
