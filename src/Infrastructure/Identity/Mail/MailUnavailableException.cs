namespace Deepnote.Infrastructure.Identity.Mail;

/// <summary>The mail relay could not take the mail; the request fails (UNAVAILABLE) and writes nothing.</summary>
public sealed class MailUnavailableException(Exception inner)
    : Application.Common.DependencyUnavailableException("The mail server could not be reached; try again later.", inner);
