using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Deepnote.IntegrationTests.Fakes;

/// <summary>
/// A loopback OpenID Connect provider speaking the real protocol: discovery, JWKS, the authorization endpoint
/// (it "signs in" <see cref="NextEmail"/> at once) and the token endpoint (authorization code with PKCE S256 and a
/// client secret), issuing RS256 ID tokens. Misbehaviours can be switched on to test the relying party.
/// </summary>
public sealed class FakeOidcProvider : IAsyncDisposable
{
    public const string ClientId = "deepnote-test-client";
    public const string ClientSecret = "provider-client-secret-1234";
    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "test-key-1" };
    private readonly ConcurrentDictionary<string, (string Challenge, string Nonce, string Redirect, string Email)> _codes = new();
    private WebApplication? _app;

    public Uri Issuer { get; private set; } = null!;

    public string NextEmail { get; set; } = "";

    public bool EmailVerified { get; set; } = true;

    public string? AudienceOverride { get; set; }

    public TimeSpan Lifetime { get; set; } = TimeSpan.FromMinutes(5);

    public bool TamperSignature { get; set; }

    /// <summary>Fields replacing those of the discovery document (a hostile provider's).</summary>
    public Dictionary<string, object> DiscoveryOverrides { get; } = [];

    /// <summary>Answer discovery with a redirect to this URL instead.</summary>
    public string? DiscoveryRedirect { get; set; }

    /// <summary>How many HTTP requests reached this provider.</summary>
    public int Requests => _requests;

    private int _requests;

    public void Reset()
    {
        (AudienceOverride, Lifetime, TamperSignature, EmailVerified, DiscoveryRedirect) = (null, TimeSpan.FromMinutes(5), false, true, null);
        DiscoveryOverrides.Clear();
    }

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.Use((context, next) =>
        {
            Interlocked.Increment(ref _requests);
            return next(context);
        });
        _app.MapGet("/.well-known/openid-configuration", () => DiscoveryRedirect is { } elsewhere ? Results.Redirect(elsewhere) : Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = IssuerText,
            ["authorization_endpoint"] = $"{IssuerText}/authorize",
            ["token_endpoint"] = $"{IssuerText}/token",
            ["jwks_uri"] = $"{IssuerText}/jwks",
            ["response_types_supported"] = new[] { "code" },
            ["subject_types_supported"] = new[] { "public" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["code_challenge_methods_supported"] = new[] { "S256" },
        }.Concat(DiscoveryOverrides).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value)));
        _app.MapGet("/jwks", () =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(_key.Rsa.ExportParameters(false)) { KeyId = _key.KeyId });
            return Results.Json(new { keys = new[] { new { kty = jwk.Kty, kid = jwk.Kid, use = "sig", alg = "RS256", n = jwk.N, e = jwk.E } } });
        });
        _app.MapGet("/authorize", (HttpContext context) =>
        {
            var q = context.Request.Query;
            if (q["client_id"] != ClientId || q["response_type"] != "code" || q["code_challenge_method"] != "S256")
            {
                return Results.BadRequest("invalid_request");
            }

            var code = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            _codes[code] = (q["code_challenge"]!, q["nonce"]!, q["redirect_uri"]!, NextEmail);
            return Results.Redirect(QueryHelpers.AddQueryString(q["redirect_uri"]!, new Dictionary<string, string?>
            {
                ["code"] = code,
                ["state"] = q["state"],
            }));
        });
        _app.MapPost("/token", async (HttpContext context) =>
        {
            var form = await context.Request.ReadFormAsync();
            if (form["client_id"] != ClientId || form["client_secret"] != ClientSecret) return Results.Json(new { error = "invalid_client" }, statusCode: 401);
            if (!_codes.TryRemove(form["code"].ToString(), out var grant) || grant.Redirect != form["redirect_uri"]) return Results.Json(new { error = "invalid_grant" }, statusCode: 400);
            var challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(form["code_verifier"].ToString())));
            if (challenge != grant.Challenge) return Results.Json(new { error = "invalid_grant", error_description = "PKCE" }, statusCode: 400);

            var now = DateTime.UtcNow;
            var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
            {
                Issuer = IssuerText,
                Audience = AudienceOverride ?? ClientId,
                IssuedAt = now + Lifetime - TimeSpan.FromMinutes(5),
                NotBefore = now + Lifetime - TimeSpan.FromMinutes(5),
                Expires = now + Lifetime,
                Claims = new Dictionary<string, object>
                {
                    ["sub"] = "sub-" + grant.Email, ["nonce"] = grant.Nonce, ["email"] = grant.Email, ["email_verified"] = EmailVerified,
                },
                SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
            });
            if (TamperSignature) token = token[..^4] + (token[^4] == 'A' ? "B" : "A") + token[^3..];
            return Results.Json(new { access_token = "opaque", token_type = "Bearer", expires_in = 300, id_token = token });
        });
        await _app.StartAsync();
        Issuer = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    private string IssuerText => Issuer.ToString().TrimEnd('/');

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
        _key.Rsa.Dispose();
    }
}
