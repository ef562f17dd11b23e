using Deepnote.Application.Identity.Ports;
using Microsoft.Extensions.Logging;

namespace Deepnote.Infrastructure.Identity.Mail;

/// <summary>No SMTP host: each mail becomes an .eml file, and its links are logged, so that a newcomer (and the
/// browser tests) can follow an invitation without a mail server. Only for development set-ups.</summary>
internal sealed partial class DirectoryMailer(MailOptions options, ILogger<DirectoryMailer> logger) : IMailTransport
{
    public async Task DeliverAsync(OutgoingMail mail, CancellationToken ct)
    {
        Directory.CreateDirectory(options.Directory);
        var path = Path.Combine(options.Directory, $"{DateTime.UtcNow:yyyyMMddTHHmmssfff}-{Guid.NewGuid():N}.eml");
        // Written aside and then renamed, so that a reader of the directory never sees half a mail.
        await MimeMessages.From(mail, options.From).WriteToAsync(path + ".partial", ct);
        File.Move(path + ".partial", path);
        foreach (var link in Links().Matches(mail.Body).Select(m => m.Value))
        {
            LogMailed(logger, mail.To, link, path);
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"https?://\S+")]
    private static partial System.Text.RegularExpressions.Regex Links();

    [LoggerMessage(LogLevel.Information, "Mail to {To} (no SMTP host set): {Link} (written to {Path})")]
    private static partial void LogMailed(ILogger logger, string to, string link, string path);
}
