using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;

namespace Deepnote.Infrastructure.Vault.Crypto;

/// <summary>
/// The sealed form of a secret (format 1): a fresh 256-bit data key encrypts the plaintext with AES-256-GCM; the
/// data key is itself AES-256-GCM-wrapped by version <see cref="KeyVersion"/> of the workspace key. Both use the
/// encryption context (workspace, purpose, record) as associated data, so a ciphertext copied to another record,
/// connection or workspace does not open. Stored as JSON, the byte fields in base64.
/// </summary>
public sealed record Envelope(
    [property: JsonPropertyName("v")] int Format,
    [property: JsonPropertyName("kv")] int KeyVersion,
    [property: JsonPropertyName("wk")] byte[] WrappedDataKey,
    [property: JsonPropertyName("n")] byte[] Nonce,
    [property: JsonPropertyName("c")] byte[] Ciphertext,
    [property: JsonPropertyName("t")] byte[] Tag)
{
    public const int CurrentFormat = 1;

    public static byte[] Context(Guid workspace, string purpose, Guid recordId) =>
        Encoding.UTF8.GetBytes($"deepnote-secret:v{CurrentFormat}|{workspace:D}|{purpose}|{recordId:D}");

    public static Envelope Seal(ReadOnlySpan<byte> plaintext, byte[] workspaceKey, int keyVersion, byte[] context)
    {
        var dataKey = RandomNumberGenerator.GetBytes(32);
        try
        {
            var nonce = RandomNumberGenerator.GetBytes(12);
            var ciphertext = GC.AllocateUninitializedArray<byte>(plaintext.Length);
            var tag = new byte[16];
            using (var aes = new AesGcm(dataKey, 16)) aes.Encrypt(nonce, plaintext, ciphertext, tag, context);
            return new Envelope(CurrentFormat, keyVersion, Wrap(dataKey, workspaceKey, context), nonce, ciphertext, tag);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }
    }

    /// <summary>Decrypts; throws <see cref="CryptographicException"/> for a wrong key, context or any flipped bit.</summary>
    public byte[] Open(byte[] workspaceKey, byte[] context)
    {
        if (Format != CurrentFormat) throw new CryptographicException($"Unknown envelope format {Format}.");
        var dataKey = Unwrap(WrappedDataKey, workspaceKey, context);
        try
        {
            var plaintext = GC.AllocateUninitializedArray<byte>(Ciphertext.Length);
            using var aes = new AesGcm(dataKey, 16);
            aes.Decrypt(Nonce, Ciphertext, Tag, plaintext, context);
            return plaintext;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }
    }

    /// <summary>The same secret under another version of the workspace key; the ciphertext is untouched.</summary>
    public Envelope Rewrap(byte[] oldWorkspaceKey, byte[] newWorkspaceKey, int newVersion, byte[] context)
    {
        var dataKey = Unwrap(WrappedDataKey, oldWorkspaceKey, context);
        try
        {
            return this with { KeyVersion = newVersion, WrappedDataKey = Wrap(dataKey, newWorkspaceKey, context) };
        }
        finally
        {
            CryptographicOperations.ZeroMemory(dataKey);
        }
    }

    private static byte[] Wrap(byte[] dataKey, byte[] workspaceKey, byte[] context)
    {
        var wrapped = new byte[12 + 32 + 16];
        RandomNumberGenerator.Fill(wrapped.AsSpan(0, 12));
        using var aes = new AesGcm(workspaceKey, 16);
        aes.Encrypt(wrapped.AsSpan(0, 12), dataKey, wrapped.AsSpan(12, 32), wrapped.AsSpan(44, 16), context);
        return wrapped;
    }

    private static byte[] Unwrap(byte[] wrapped, byte[] workspaceKey, byte[] context)
    {
        if (wrapped.Length != 60) throw new CryptographicException("Malformed wrapped data key.");
        var dataKey = new byte[32];
        using var aes = new AesGcm(workspaceKey, 16);
        aes.Decrypt(wrapped.AsSpan(0, 12), wrapped.AsSpan(12, 32), wrapped.AsSpan(44, 16), dataKey, context);
        return dataKey;
    }
}
