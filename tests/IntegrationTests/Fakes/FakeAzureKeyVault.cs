using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Deepnote.IntegrationTests.Fakes;

/// <summary>
/// A loopback Azure Key Vault that speaks the REST secrets API over HTTPS with a test certificate: an
/// unauthenticated request gets 401 with the bearer challenge (<c>WWW-Authenticate: Bearer authorization=…,
/// resource=…</c>), as the real vault answers, so the SDK's challenge-based authentication runs; a request with
/// the expected bearer token gets <c>GET /secrets/{name}[/{version}]</c>. Secrets can be rotated (new versions).
/// </summary>
public sealed class FakeAzureKeyVault : IAsyncDisposable
{
    public const string Token = "test-access-token";
    private readonly ConcurrentDictionary<string, List<(string Version, string Value)>> _secrets = new();
    private WebApplication? _app;

    public X509Certificate2 Certificate { get; } = CreateCertificate();

    public Uri VaultUri { get; private set; } = null!;

    public int Challenges;
    public int Reads;

    public void SetSecret(string name) => SetSecret(name, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));

    public void SetSecret(string name, string value) => _secrets.GetOrAdd(name, _ => []).Add((Guid.NewGuid().ToString("N"), value));

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.UseHttps(Certificate)));
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapGet("/secrets/{name}/{version?}", Handle);
        await _app.StartAsync();
        VaultUri = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
    }

    public async Task StopAsync()
    {
        if (_app is not null) await _app.StopAsync();
    }

    private IResult Handle(HttpContext context, string name, string? version)
    {
        if (context.Request.Headers.Authorization.ToString() != $"Bearer {Token}")
        {
            Interlocked.Increment(ref Challenges);
            context.Response.Headers.WWWAuthenticate =
                "Bearer authorization=\"https://login.microsoftonline.com/00000000-0000-0000-0000-000000000001\", resource=\"https://vault.azure.net\"";
            return Results.Json(new { error = new { code = "Unauthorized", message = "AKV10000: Request is missing a Bearer token." } },
                statusCode: 401);
        }

        Interlocked.Increment(ref Reads);
        if (!_secrets.TryGetValue(name, out var versions))
        {
            return Results.Json(new { error = new { code = "SecretNotFound", message = $"A secret with (name/id) {name} was not found." } },
                statusCode: 404);
        }

        var match = version is null ? versions[^1] : versions.FirstOrDefault(v => v.Version == version);
        if (match.Version is null) return Results.Json(new { error = new { code = "SecretNotFound", message = "No such version." } }, statusCode: 404);
        return Results.Json(new
        {
            value = match.Value,
            id = new Uri(VaultUri, $"secrets/{name}/{match.Version}").ToString(),
            attributes = new { enabled = true, created = 1_700_000_000, updated = 1_700_000_000, recoveryLevel = "Recoverable+Purgeable" },
            tags = new Dictionary<string, string>(),
        });
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
        Certificate.Dispose();
    }
}
