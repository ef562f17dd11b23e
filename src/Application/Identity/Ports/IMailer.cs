namespace Deepnote.Application.Identity.Ports;

/// <summary>Sends a mail now (SMTP, or a file in the mail directory when no SMTP host is set). A failure throws,
/// so the request that wanted the mail fails and writes nothing.</summary>
public interface IMailer
{
    Task SendAsync(OutgoingMail mail, CancellationToken ct);
}
