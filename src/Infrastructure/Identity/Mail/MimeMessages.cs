using Deepnote.Application.Identity.Ports;
using MimeKit;

namespace Deepnote.Infrastructure.Identity.Mail;

internal static class MimeMessages
{
    public static MimeMessage From(OutgoingMail mail, string from)
    {
        var message = new MimeMessage { Subject = mail.Subject, Body = new TextPart("plain") { Text = mail.Body } };
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(mail.To));
        return message;
    }
}
