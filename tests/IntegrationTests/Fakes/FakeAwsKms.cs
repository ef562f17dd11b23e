using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Deepnote.IntegrationTests.Fakes;

/// <summary>
/// A loopback AWS KMS that speaks the service's real wire protocol (AWS JSON 1.1, <c>X-Amz-Target:
/// TrentService.GenerateDataKey</c> / <c>TrentService.Decrypt</c>, SigV4-signed requests, typed JSON errors), so the
/// real AWSSDK.KeyManagementService client is exercised; also an asymmetric ECC_NIST_P256 key for Sign, Verify and
/// GetPublicKey (<see cref="SigningKeyArn"/>). Ciphertext blobs are AES-GCM under a key of the fake,
/// with the encryption context as associated data, as KMS binds it.
/// </summary>
public sealed class FakeAwsKms : IAsyncDisposable
{
    public const string KeyArn = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    public const string SigningKeyArn = "arn:aws:kms:eu-west-1:111122223333:key/5678efgh-56ef-78gh-90ij-567890123456";
    private readonly byte[] _masterKey = RandomNumberGenerator.GetBytes(32);
    private readonly ECDsa _signingKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private WebApplication? _app;

    public Uri Endpoint { get; private set; } = null!;

    public int Calls;

    /// <summary>How many checkpoints the signing key signed.</summary>
    public int Signatures;

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapPost("/", HandleAsync);
        await _app.StartAsync();
        Endpoint = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    /// <summary>Starts it for a host whose SDK uses the standard credential chain: the chain reads these variables, and
    /// the fake checks only that requests are SigV4-signed.</summary>
    public async Task StartForHostAsync()
    {
        await StartAsync();
        Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE");
        Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    }

    /// <summary>Stops answering: the outage.</summary>
    public async Task StopAsync()
    {
        if (_app is not null) await _app.StopAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref Calls);
        var target = context.Request.Headers["X-Amz-Target"].ToString();
        if (!context.Request.Headers.Authorization.ToString().StartsWith("AWS4-HMAC-SHA256 Credential=", StringComparison.Ordinal)
            || !(context.Request.ContentType ?? "").StartsWith("application/x-amz-json-1.1", StringComparison.Ordinal))
        {
            await ErrorAsync(context, 400, "IncompleteSignatureException", "Requests must be SigV4-signed AWS JSON 1.1.");
            return;
        }

        var body = (await JsonNode.ParseAsync(context.Request.Body))!.AsObject();
        var keyId = body["KeyId"]?.GetValue<string>();
        var aad = Aad(body["EncryptionContext"]?.AsObject());
        switch (target)
        {
            case "TrentService.GenerateDataKey" when body["KeySpec"]?.GetValue<string>() == "AES_256":
                if (keyId is null) { await ErrorAsync(context, 400, "ValidationException", "KeyId is required."); return; }
                var plaintext = RandomNumberGenerator.GetBytes(32);
                await JsonAsync(context, new JsonObject
                {
                    ["KeyId"] = KeyArn,
                    ["Plaintext"] = Convert.ToBase64String(plaintext),
                    ["CiphertextBlob"] = Convert.ToBase64String(Seal(plaintext, aad)),
                });
                return;
            case "TrentService.Decrypt":
                try
                {
                    var blob = Convert.FromBase64String(body["CiphertextBlob"]!.GetValue<string>());
                    await JsonAsync(context, new JsonObject
                    {
                        ["KeyId"] = KeyArn,
                        ["Plaintext"] = Convert.ToBase64String(Open(blob, aad)),
                        ["EncryptionAlgorithm"] = "SYMMETRIC_DEFAULT",
                    });
                }
                catch (CryptographicException)
                {
                    await ErrorAsync(context, 400, "InvalidCiphertextException", "The ciphertext or its context is invalid.");
                }

                return;
            case "TrentService.GetPublicKey" when keyId == SigningKeyArn:
                await JsonAsync(context, new JsonObject
                {
                    ["KeyId"] = SigningKeyArn,
                    ["PublicKey"] = Convert.ToBase64String(_signingKey.ExportSubjectPublicKeyInfo()),
                    ["KeySpec"] = "ECC_NIST_P256",
                    ["KeyUsage"] = "SIGN_VERIFY",
                    ["SigningAlgorithms"] = new JsonArray("ECDSA_SHA_256"),
                });
                return;
            case "TrentService.Sign" or "TrentService.Verify":
                await SignOrVerifyAsync(context, target, keyId, body);
                return;
            default:
                await ErrorAsync(context, 400, "UnknownOperationException", target);
                return;
        }
    }

    /// <summary>Sign and Verify as KMS does them for an ECC_NIST_P256 key: RAW messages, ECDSA_SHA_256, DER signatures;
    /// a signature that does not verify is the typed <c>KMSInvalidSignatureException</c>.</summary>
    private async Task SignOrVerifyAsync(HttpContext context, string target, string? keyId, JsonObject body)
    {
        if (keyId != SigningKeyArn || body["SigningAlgorithm"]?.GetValue<string>() != "ECDSA_SHA_256"
            || body["MessageType"]?.GetValue<string>() is not (null or "RAW"))
        {
            await ErrorAsync(context, 400, "InvalidKeyUsageException", "The key, algorithm or message type is not usable for signing.");
            return;
        }

        var message = Convert.FromBase64String(body["Message"]!.GetValue<string>());
        if (target == "TrentService.Sign")
        {
            Interlocked.Increment(ref Signatures);
            await JsonAsync(context, new JsonObject
            {
                ["KeyId"] = SigningKeyArn,
                ["Signature"] = Convert.ToBase64String(
                    _signingKey.SignData(message, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence)),
                ["SigningAlgorithm"] = "ECDSA_SHA_256",
            });
            return;
        }

        var signature = Convert.FromBase64String(body["Signature"]!.GetValue<string>());
        if (!_signingKey.VerifyData(message, signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence))
        {
            await ErrorAsync(context, 400, "KMSInvalidSignatureException", "The signature is not valid.");
            return;
        }

        await JsonAsync(context, new JsonObject
        {
            ["KeyId"] = SigningKeyArn, ["SignatureValid"] = true, ["SigningAlgorithm"] = "ECDSA_SHA_256",
        });
    }

    private byte[] Seal(byte[] plaintext, byte[] aad)
    {
        var blob = new byte[12 + plaintext.Length + 16];
        RandomNumberGenerator.Fill(blob.AsSpan(0, 12));
        using var aes = new AesGcm(_masterKey, 16);
        aes.Encrypt(blob.AsSpan(0, 12), plaintext, blob.AsSpan(12, plaintext.Length), blob.AsSpan(12 + plaintext.Length), aad);
        return blob;
    }

    private byte[] Open(byte[] blob, byte[] aad)
    {
        if (blob.Length < 28) throw new CryptographicException();
        var plaintext = new byte[blob.Length - 28];
        using var aes = new AesGcm(_masterKey, 16);
        aes.Decrypt(blob.AsSpan(0, 12), blob.AsSpan(12, plaintext.Length), blob.AsSpan(12 + plaintext.Length), plaintext, aad);
        return plaintext;
    }

    private static byte[] Aad(JsonObject? context) => Encoding.UTF8.GetBytes(context is null
        ? ""
        : string.Join('\n', context.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}")));

    private static async Task JsonAsync(HttpContext context, JsonObject body)
    {
        context.Response.ContentType = "application/x-amz-json-1.1";
        await context.Response.WriteAsync(body.ToJsonString());
    }

    private static async Task ErrorAsync(HttpContext context, int status, string type, string message)
    {
        context.Response.StatusCode = status;
        context.Response.Headers["x-amzn-ErrorType"] = type;
        context.Response.ContentType = "application/x-amz-json-1.1";
        await context.Response.WriteAsync(JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["__type"] = type,
            ["message"] = message,
        }));
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }
}
