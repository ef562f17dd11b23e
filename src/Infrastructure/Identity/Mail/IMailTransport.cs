using Deepnote.Application.Identity.Ports;

namespace Deepnote.Infrastructure.Identity.Mail;

/// <summary>Hands one mail to the relay (SMTP) or the mail directory; throws when it cannot.</summary>
internal interface IMailTransport
{
    Task DeliverAsync(OutgoingMail mail, CancellationToken ct);
}
