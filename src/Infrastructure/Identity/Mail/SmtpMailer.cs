using Deepnote.Application.Identity.Ports;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace Deepnote.Infrastructure.Identity.Mail;

/// <summary>Delivers through an SMTP relay with MailKit, one connection a mail, bounded by a timeout.</summary>
internal sealed class SmtpMailer(MailOptions options) : IMailTransport
{
    public async Task DeliverAsync(OutgoingMail mail, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(20));
        using var client = new SmtpClient { Timeout = 15_000 };
        try
        {
            await client.ConnectAsync(options.Host!, options.Port ?? 587, SocketOptions(), timeout.Token);
            if (options.User is not null) await client.AuthenticateAsync(options.User, options.Password ?? "", timeout.Token);
            await client.SendAsync(MimeMessages.From(mail, options.From), timeout.Token);
            await client.DisconnectAsync(quit: true, timeout.Token);
        }
        catch (Exception ex) when (ex is IOException or SmtpCommandException or SmtpProtocolException
                                       or AuthenticationException or System.Net.Sockets.SocketException
                                       or OperationCanceledException && !ct.IsCancellationRequested)
        {
            throw new MailUnavailableException(ex);
        }
    }

    private SecureSocketOptions SocketOptions() => options.Security.ToLowerInvariant() switch
    {
        "none" => SecureSocketOptions.None,
        "starttls" => SecureSocketOptions.StartTls,
        "tls" => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}
