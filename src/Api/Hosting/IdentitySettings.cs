using System.Net;
using Deepnote.Domain.Access.Workspaces.Domains;
using Deepnote.Domain.SharedKernel;
using Deepnote.Infrastructure.Identity;
using Deepnote.Infrastructure.Identity.Mail;

namespace Deepnote.Api.Hosting;

/// <summary>Reads the identity settings (README: mail, DNS, OpenID Connect reach, operator-verified domains).</summary>
public static class IdentitySettings
{
    public static IdentityOptions FromEnvironment(Func<string, string?> env, string dataDirectory) => new()
    {
        Mail = new MailOptions
        {
            Host = env("DEEPNOTE_SMTP_HOST"),
            Port = env("DEEPNOTE_SMTP_PORT") is { } port
                ? int.TryParse(port, out var p) && p is > 0 and < 65536 ? p : throw new InvalidOperationException("DEEPNOTE_SMTP_PORT must be a port number.")
                : null,
            User = env("DEEPNOTE_SMTP_USER"),
            Password = env("DEEPNOTE_SMTP_PASSWORD") ?? (env("DEEPNOTE_SMTP_PASSWORD_FILE") is { } file ? File.ReadAllText(file).Trim() : null),
            From = env("DEEPNOTE_SMTP_FROM") ?? new MailOptions().From,
            Security = env("DEEPNOTE_SMTP_SECURITY") ?? "auto",
            Directory = env("DEEPNOTE_MAIL_DIR") ?? Path.Combine(dataDirectory, "mail"),
        },
        DnsServer = env("DEEPNOTE_DNS_SERVER"),
        AllowInsecureOidc = env("DEEPNOTE_ALLOW_INSECURE_OIDC") == "1",
        OidcAllow = Networks("DEEPNOTE_OIDC_ALLOW", env("DEEPNOTE_OIDC_ALLOW")),
    };

    /// <summary><c>cidr,…</c> (a bare address is one host).</summary>
    public static IReadOnlyList<IPNetwork> Networks(string name, string? value) =>
        (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => IPNetwork.TryParse(c.Contains('/') ? c : c + (c.Contains(':') ? "/128" : "/32"), out var n) ? n
                : throw new InvalidOperationException($"{name}: '{c}' is not a CIDR range."))
            .ToList();

    /// <summary><c>corp.example=&lt;workspace id&gt;,…</c></summary>
    public static IReadOnlyList<KeyValuePair<string, WorkspaceId>> VerifiedDomains(string? value) =>
        (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(pair => pair.Split('=', 2) is [var domain, var id] && DomainName.TryNormalize(domain, out var name)
                && Guid.TryParse(id, out var workspace)
                    ? KeyValuePair.Create(name, new WorkspaceId(workspace))
                    : throw new InvalidOperationException($"DEEPNOTE_VERIFIED_DOMAINS: '{pair}' is not domain=workspace-id."))
            .ToList();
}
