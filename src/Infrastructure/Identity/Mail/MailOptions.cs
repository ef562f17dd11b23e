namespace Deepnote.Infrastructure.Identity.Mail;

/// <summary>SMTP settings. Without a host every mail is written as an .eml file in <see cref="Directory"/>.</summary>
public sealed record MailOptions
{
    public string? Host { get; init; }

    public int? Port { get; init; }

    public string? User { get; init; }

    public string? Password { get; init; }

    public string From { get; init; } = "Deepnote <no-reply@deepnote.invalid>";

    /// <summary><c>auto</c> (STARTTLS when offered; TLS on port 465), <c>starttls</c>, <c>tls</c> or <c>none</c>.</summary>
    public string Security { get; init; } = "auto";

    public string Directory { get; init; } = Path.Combine(".data", "mail");

    public override string ToString() => $"{nameof(MailOptions)} {{ {Host}:{Port}, {User} }}";
}
