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
/// manager (cached, refreshed), the ID token through its JSON Web Token handler. Discovery comes only from
/// <c>{issuer}/.well-known/openid-configuration</c>; the document must name the same issuer and https endpoints; every
/// request goes through the network policy's client (public addresses, no redirects).</summary>
public sealed class OidcClient(OidcNetworkPolicy policy) : IOidcClient
{
    private readonly HttpClient _http = policy.CreateClient();

    // Each call may hold a request's database connection while it waits on a provider that a workspace chose, so
    // only a few wait at once on this node; the rest are refused at once rather than queue behind a slow provider.
    private readonly SemaphoreSlim _outbound = new(8);

    private readonly ConcurrentDictionary<string, ConfigurationManager<OpenIdConnectConfiguration>> _configurations = new();

    public async Task ValidateIssuerAsync(string issuer, CancellationToken ct)
    {
        using var slot = await OutboundSlotAsync(ct);
        _configurations.TryRemove(issuer.TrimEnd('/'), out _); // read the document as it is now, not as cached
        var configuration = await ConfigurationAsync(issuer, ct);
        foreach (var endpoint in Endpoints(configuration))
        {
            await policy.ResolveAsync(endpoint.IdnHost, ct);
        }
    }

    public async Task<Uri> AuthorizationUrlAsync(string issuer, string clientId, Uri redirectUri, string state, string nonce,
        string codeChallenge, CancellationToken ct)
    {
        using var slot = await OutboundSlotAsync(ct);
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
        using var slot = await OutboundSlotAsync(ct);
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
            using var response = await _http.PostAsync(configuration.TokenEndpoint, new FormUrlEncodedContent(form), ct);
            if (!response.IsSuccessStatusCode) throw new SsoRejectedException($"the provider refused the code (HTTP {(int)response.StatusCode})");
            tokens = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException)
        {
            throw ExceptionChain.Find<SsoRejectedException>(ex) ?? new SsoRejectedException("the provider could not be reached", ex, unreachable: true);
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

    private async Task<IDisposable> OutboundSlotAsync(CancellationToken ct)
    {
        if (!await _outbound.WaitAsync(TimeSpan.FromSeconds(2), ct))
        {
            throw new SsoRejectedException("too many sign-ins are waiting on identity providers", unreachable: true);
        }

        return new Slot(_outbound);
    }

    private sealed class Slot(SemaphoreSlim semaphore) : IDisposable
    {
        public void Dispose() => semaphore.Release();
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
        if (!Uri.TryCreate(issuer, UriKind.Absolute, out var issuerUri) || !policy.AllowsScheme(issuerUri))
        {
            throw new SsoRejectedException("the issuer must be an https URL", unreachable: true);
        }

        var manager = _configurations.GetOrAdd(issuer.TrimEnd('/'), i =>
            new ConfigurationManager<OpenIdConnectConfiguration>($"{i}/.well-known/openid-configuration",
                new OpenIdConnectConfigurationRetriever(), new HttpDocumentRetriever(_http) { RequireHttps = issuerUri.Scheme == Uri.UriSchemeHttps }));
        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await manager.GetConfigurationAsync(ct);
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or HttpRequestException or SsoRejectedException)
        {
            _configurations.TryRemove(issuer.TrimEnd('/'), out _);
            throw ex as SsoRejectedException ?? ExceptionChain.Find<SsoRejectedException>(ex)
                ?? new SsoRejectedException("the provider's discovery document could not be read", ex, unreachable: true);
        }

        var problem = configuration.Issuer?.TrimEnd('/') != issuer.TrimEnd('/') ? "the discovery document names another issuer"
            : Endpoints(configuration).Count != 3 || Endpoints(configuration).Any(e => !policy.AllowsScheme(e))
                ? "the discovery document must name https authorization, token and key endpoints"
                : null;
        if (problem is null) return configuration;
        _configurations.TryRemove(issuer.TrimEnd('/'), out _); // a corrected document is read again next time
        throw new SsoRejectedException(problem, unreachable: true);
    }

    private static List<Uri> Endpoints(OpenIdConnectConfiguration configuration) =>
        [.. new[] { configuration.AuthorizationEndpoint, configuration.TokenEndpoint, configuration.JwksUri }
            .Select(e => Uri.TryCreate(e, UriKind.Absolute, out var uri) ? uri : null).OfType<Uri>()];
}
