namespace Deepnote.Application.Audit.Ports;

/// <summary>Signs checkpoints with a key the database does not hold (a local key file, AWS KMS, a Key Vault secret).
/// Unreachable: <see cref="Common.DependencyUnavailableException"/>, so nothing is signed or passed as verified.</summary>
public interface ICheckpointSigner
{
    /// <summary>Names the key in every checkpoint it signs.</summary>
    string KeyId { get; }

    /// <summary>A DER ECDSA P-256/SHA-256 signature of <paramref name="message"/>.</summary>
    Task<byte[]> SignAsync(byte[] message, CancellationToken ct);

    Task<bool> VerifyAsync(byte[] message, byte[] signature, CancellationToken ct);

    /// <summary>The public key (SubjectPublicKeyInfo, PEM), for exports and offline verification.</summary>
    Task<string> PublicKeyPemAsync(CancellationToken ct);
}
