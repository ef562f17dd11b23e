using System.Globalization;
using System.Text;
using Deepnote.Application.Common;

namespace Deepnote.Application.Audit.Contracts;

/// <summary>A signed statement that a chain had <paramref name="Position"/> events ending in <paramref name="Hash"/>
/// at <paramref name="SignedAt"/>, kept outside the database (docs/audit-chain.md, "Signed checkpoints").
/// <paramref name="Signature"/> is the base64 DER ECDSA P-256/SHA-256 signature of <see cref="Message"/>.</summary>
public sealed record AuditCheckpoint(Guid ChainId, long Position, string Hash, DateTimeOffset SignedAt, string KeyId,
    string Algorithm, string Signature)
{
    public const string EcdsaP256Sha256 = "ECDSA_P256_SHA256";

    /// <summary>The signed bytes; a line format so that an offline verifier rebuilds it without a JSON library.</summary>
    public static byte[] Message(Guid chainId, long position, string hash, DateTimeOffset signedAt) =>
        Encoding.UTF8.GetBytes(string.Join('\n', "deepnote-audit-checkpoint/v1", $"chainId={chainId:D}",
            $"position={position.ToString(CultureInfo.InvariantCulture)}", $"hash={hash}", $"signedAt={MicrosecondTime.Format(signedAt)}"));

    public byte[] Message() => Message(ChainId, Position, Hash, SignedAt);
}
