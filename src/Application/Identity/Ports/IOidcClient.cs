namespace Deepnote.Application.Identity.Ports;

/// <summary>The OpenID Connect relying party: discovery, the authorization request (code flow with PKCE, state and
/// nonce) and the token response, whose ID token is validated (signature, issuer, audience, expiry, nonce). Only
/// providers the network policy allows are contacted (https, public addresses).</summary>
public interface IOidcClient
{
    /// <summary>Reads and checks the provider's discovery document now; throws <see cref="SsoRejectedException"/>.</summary>
    Task ValidateIssuerAsync(string issuer, CancellationToken ct);

    Task<Uri> AuthorizationUrlAsync(string issuer, string clientId, Uri redirectUri, string state, string nonce,
        string codeChallenge, CancellationToken ct);

    /// <summary>Redeems the code and validates the ID token; throws <see cref="SsoRejectedException"/> with the reason.</summary>
    Task<OidcIdentity> RedeemAsync(string issuer, string clientId, string? clientSecret, Uri redirectUri, string code,
        string codeVerifier, string nonce, CancellationToken ct);
}
