using System.Net;
using Deepnote.Infrastructure.Identity.Mail;

namespace Deepnote.Infrastructure.Identity;

/// <summary>What the identity module reaches outside the process: mail, DNS (domain verification) and OpenID
/// Connect providers.</summary>
public sealed record IdentityOptions
{
    public MailOptions Mail { get; init; } = new();

    /// <summary>host:port of the DNS resolver for domain verification; null uses the system's resolvers.</summary>
    public string? DnsServer { get; init; }

    /// <summary>Allows http identity providers on loopback (tests and local providers only).</summary>
    public bool AllowInsecureOidc { get; init; }

    /// <summary>Private ranges an identity provider may live in (by default only public addresses).</summary>
    public IReadOnlyList<IPNetwork> OidcAllow { get; init; } = [];
}
