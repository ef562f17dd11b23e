using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Deepnote.Application.Identity.Ports;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Deepnote.Infrastructure.Identity;

/// <summary>The relying party, on Microsoft.IdentityModel: discovery and signing keys through its configuration
/// manager (cached, refreshed), the ID token through its JSON Web Token handler. HTTPS is required except for an
/// issuer on loopback (a local or test provider).</summary>
public sealed class OidcClient(HttpClient http) : IOidcClient
{
    private readonly ConcurrentDictionary<string, ConfigurationManager<OpenIdConnectConfiguration>> _configurations = new();

    public async Task<Uri> AuthorizationUrlAsync(string issuer, string clientId, Uri redirectUri, string state, string nonce,
        string codeChallenge, CancellationToken ct)
    {
        var configuration = await ConfigurationAsync(issuer, ct);
        return new Uri(QueryHelpers.AddQueryString(configuration.AuthorizationEndpoint, new Dictionary<string, string?>
        {
            ["response_type"] = "code",
            ["client_id"] = clientId,
            ["redirect_uri"] = redirectUri.ToString(),
            ["scope"] = "openid email profile",
            ["state"] = state,
            ["nonce"] = nonce,
            ["code_challenge"] = codeChallenge,
            ["code_challenge_method"] = "S256",
        }));
    }

    public async Task<OidcIdentity> RedeemAsync(string issuer, string clientId, string? clientSecret, Uri redirectUri,
        string code, string codeVerifier, string nonce, CancellationToken ct)
    {
        var configuration = await ConfigurationAsync(issuer, ct);
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = redirectUri.ToString(),
            ["client_id"] = clientId,
            ["code_verifier"] = codeVerifier,
        };
        if (clientSecret is not null) form["client_secret"] = clientSecret;

        JsonElement tokens;
        try
        {
            using var response = await http.PostAsync(configuration.TokenEndpoint, new FormUrlEncodedContent(form), ct);
            if (!response.IsSuccessStatusCode) throw new SsoRejectedException($"the provider refused the code (HTTP {(int)response.StatusCode})");
            tokens = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException)
        {
            throw new SsoRejectedException("the provider could not be reached", ex);
        }

        if (!tokens.TryGetProperty("id_token", out var idToken)) throw new SsoRejectedException("no ID token in the response");
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(idToken.GetString(), new TokenValidationParameters
        {
            ValidIssuer = configuration.Issuer,
            ValidAudience = clientId,
            IssuerSigningKeys = configuration.SigningKeys,
            ValidateIssuerSigningKey = true,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ClockSkew = TimeSpan.FromMinutes(1),
        });
        if (!result.IsValid) throw new SsoRejectedException("invalid ID token: " + Describe(result.Exception), result.Exception);

        var claims = result.Claims;
        if (!claims.TryGetValue("nonce", out var tokenNonce) || tokenNonce as string != nonce)
        {
            throw new SsoRejectedException("the ID token's nonce does not match");
        }

        var email = claims.TryGetValue("email", out var e) ? e as string : null;
        if (string.IsNullOrEmpty(email)) throw new SsoRejectedException("the ID token carries no email address");
        var verified = claims.TryGetValue("email_verified", out var v) && v is true or "true";
        return new OidcIdentity(claims.TryGetValue("sub", out var sub) ? sub as string ?? "" : "", email, verified);
    }

    private static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenInvalidAudienceException => "wrong audience",
        SecurityTokenExpiredException => "expired",
        SecurityTokenInvalidSignatureException or SecurityTokenSignatureKeyNotFoundException => "bad signature",
        SecurityTokenInvalidIssuerException => "wrong issuer",
        _ => exception?.GetType().Name ?? "unknown",
    };

    private async Task<OpenIdConnectConfiguration> ConfigurationAsync(string issuer, CancellationToken ct)
    {
        var manager = _configurations.GetOrAdd(issuer, i =>
        {
            var requireHttps = !(Uri.TryCreate(i, UriKind.Absolute, out var uri) && uri.IsLoopback);
            return new ConfigurationManager<OpenIdConnectConfiguration>($"{i.TrimEnd('/')}/.well-known/openid-configuration",
                new OpenIdConnectConfigurationRetriever(), new HttpDocumentRetriever(http) { RequireHttps = requireHttps });
        });
        try
        {
            return await manager.GetConfigurationAsync(ct);
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or HttpRequestException)
        {
            throw new SsoRejectedException("the provider's discovery document could not be read", ex);
        }
    }
}
