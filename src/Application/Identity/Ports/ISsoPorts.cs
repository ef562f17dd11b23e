using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Identity.Ports;

/// <summary>The OpenID Connect relying party: discovery, the authorization request (code flow with PKCE, state and
/// nonce) and the token response, whose ID token is validated (signature, issuer, audience, expiry, nonce).</summary>
public interface IOidcClient
{
    Task<Uri> AuthorizationUrlAsync(string issuer, string clientId, Uri redirectUri, string state, string nonce,
        string codeChallenge, CancellationToken ct);

    /// <summary>Redeems the code and validates the ID token; throws <see cref="SsoRejectedException"/> with the reason.</summary>
    Task<OidcIdentity> RedeemAsync(string issuer, string clientId, string? clientSecret, Uri redirectUri, string code,
        string codeVerifier, string nonce, CancellationToken ct);
}

public sealed record OidcIdentity(string Subject, string Email, bool EmailVerified);

public sealed class SsoRejectedException(string reason, Exception? inner = null) : Exception(reason, inner)
{
    public string Reason { get; } = reason;
}

/// <summary>Pending sign-ins: state (hashed), PKCE verifier and nonce, single use, short-lived.</summary>
public interface ISsoStateStore
{
    Task<string> IssueAsync(SsoPending pending, TimeSpan lifetime, CancellationToken ct);

    Task<SsoPending?> ConsumeAsync(string state, CancellationToken ct);
}

public sealed record SsoPending(WorkspaceId WorkspaceId, string CodeVerifier, string Nonce, string RedirectUri)
{
    public override string ToString() => $"{nameof(SsoPending)} {{ {WorkspaceId} }}";
}
