using System.Security.Cryptography;
using Deepnote.Application.Audit.Ports;

namespace Deepnote.Infrastructure.Audit.Checkpoints;

/// <summary>Signs with a P-256 private key held in this process (read from a file or a Key Vault secret).</summary>
public sealed class EcdsaCheckpointSigner : ICheckpointSigner
{
    private readonly ECDsa _key;
    private readonly string _publicKeyPem;

    public EcdsaCheckpointSigner(ECDsa key, string source)
    {
        if (key.KeySize != 256 || key.ExportParameters(false).Curve.Oid.Value != ECCurve.NamedCurves.nistP256.Oid.Value)
        {
            throw new InvalidOperationException($"The checkpoint key from {source} must be an ECDSA P-256 key.");
        }

        _key = key;
        _publicKeyPem = key.ExportSubjectPublicKeyInfoPem() + "\n";
        KeyId = $"{source}:{Convert.ToHexStringLower(SHA256.HashData(key.ExportSubjectPublicKeyInfo()))[..16]}";
    }

    /// <summary>The source and the first 16 hex digits of the public key's SHA-256, so a rotated key shows.</summary>
    public string KeyId { get; }

    public Task<byte[]> SignAsync(byte[] message, CancellationToken ct) =>
        Task.FromResult(_key.SignData(message, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));

    public Task<bool> VerifyAsync(byte[] message, byte[] signature, CancellationToken ct) =>
        Task.FromResult(_key.VerifyData(message, signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));

    public Task<string> PublicKeyPemAsync(CancellationToken ct) => Task.FromResult(_publicKeyPem);

    /// <summary>A PKCS#8 private key in PEM, or the same DER base64-encoded.</summary>
    public static ECDsa Import(string text)
    {
        var key = ECDsa.Create();
        if (text.Contains("-----BEGIN", StringComparison.Ordinal)) key.ImportFromPem(text);
        else key.ImportPkcs8PrivateKey(Convert.FromBase64String(text.Trim()), out _);
        return key;
    }
}
