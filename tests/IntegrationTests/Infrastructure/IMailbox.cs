namespace Deepnote.IntegrationTests.Infrastructure;

/// <summary>Where a test reads the mail the host sent: the loopback SMTP server, or the mail directory.</summary>
public interface IMailbox
{
    /// <summary>The first link to <paramref name="path"/> in the next mail to <paramref name="to"/> not read yet.</summary>
    Task<string> LinkAsync(string to, string path);

    /// <summary>The text of the next mail to <paramref name="to"/> not read yet.</summary>
    Task<string> TextAsync(string to);
}
