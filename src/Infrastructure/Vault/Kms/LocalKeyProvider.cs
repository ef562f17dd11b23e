using System.Security.Cryptography;
using System.Text;
using Deepnote.Application.Vault.Ports;

namespace Deepnote.Infrastructure.Vault.Kms;

/// <summary>The embedded default: a 256-bit master key in a file readable by its owner only (created by
/// <c>./deepnote run</c>). Data keys are wrapped with AES-256-GCM under it, the context as associated data.</summary>
public sealed class LocalKeyProvider : IKeyManagementProvider
{
    private const byte FormatVersion = 1;
    private readonly byte[] _masterKey;

    public LocalKeyProvider(string masterKeyFile)
    {
        if (!File.Exists(masterKeyFile))
        {
            throw new InvalidOperationException($"The master key file {masterKeyFile} does not exist; ./deepnote run creates it.");
        }

        if (!OperatingSystem.IsWindows()
            && (File.GetUnixFileMode(masterKeyFile) & (UnixFileMode.GroupRead | UnixFileMode.GroupWrite
                | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0)
        {
            throw new InvalidOperationException(
                $"The master key file {masterKeyFile} is readable by others; refusing to start (chmod 600 it).");
        }

        var key = Convert.FromBase64String(File.ReadAllText(masterKeyFile).Trim());
        if (key.Length != 32) throw new InvalidOperationException("The master key must be 32 bytes, base64-encoded.");
        _masterKey = key;
    }

    public string Name => "local";

    public string DefaultKeyId => "master";

    public Task<GeneratedDataKey> GenerateDataKeyAsync(string keyId, IReadOnlyDictionary<string, string> context,
        CancellationToken ct)
    {
        EnsureKnown(keyId);
        var plaintext = RandomNumberGenerator.GetBytes(32);
        var wrapped = new byte[1 + 12 + 32 + 16];
        wrapped[0] = FormatVersion;
        RandomNumberGenerator.Fill(wrapped.AsSpan(1, 12));
        using var aes = new AesGcm(_masterKey, 16);
        aes.Encrypt(wrapped.AsSpan(1, 12), plaintext, wrapped.AsSpan(13, 32), wrapped.AsSpan(45, 16), Aad(context));
        return Task.FromResult(new GeneratedDataKey(plaintext, wrapped));
    }

    public Task<byte[]> DecryptDataKeyAsync(string keyId, byte[] wrappedKey, IReadOnlyDictionary<string, string> context,
        CancellationToken ct)
    {
        EnsureKnown(keyId);
        if (wrappedKey.Length != 61 || wrappedKey[0] != FormatVersion)
        {
            throw new CryptographicException("Not a data key wrapped by the local provider.");
        }

        var plaintext = new byte[32];
        using var aes = new AesGcm(_masterKey, 16);
        aes.Decrypt(wrappedKey.AsSpan(1, 12), wrappedKey.AsSpan(13, 32), wrappedKey.AsSpan(45, 16), plaintext, Aad(context));
        return Task.FromResult(plaintext);
    }

    private void EnsureKnown(string keyId)
    {
        if (keyId != DefaultKeyId) throw new KeyProviderUnavailableException(Name, new KeyNotFoundException(
            $"The local provider has one key, '{DefaultKeyId}', not '{keyId}'."));
    }

    internal static byte[] Aad(IReadOnlyDictionary<string, string> context) =>
        Encoding.UTF8.GetBytes(string.Join('\n', context.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => $"{p.Key}={p.Value}")));
}
