using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Core;
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;
using Deepnote.Application.Vault.Ports;

namespace Deepnote.Infrastructure.Vault.Kms;

/// <summary>
/// Azure Key Vault: the key-encryption key is a Key Vault secret (32 random bytes, base64), fetched with
/// Azure.Security.KeyVault.Secrets and held in memory per version. Data keys are wrapped locally with AES-256-GCM
/// under it, the context as associated data; the wrapped form names the secret version, so data keys wrapped
/// before the secret was rotated in Key Vault still open. (Azure.Security.KeyVault.Keys, which would wrap inside
/// the vault, is not served here: docs/decisions/007-key-providers.md.)
/// </summary>
public sealed class AzureKeyVaultKeyProvider(SecretClient client, string defaultSecretName) : IKeyManagementProvider
{
    private const byte FormatVersion = 2;
    private readonly ConcurrentDictionary<(string Name, string Version), byte[]> _keys = new();

    public string Name => "azure";

    public string DefaultKeyId => defaultSecretName;

    public async Task<GeneratedDataKey> GenerateDataKeyAsync(string keyId, IReadOnlyDictionary<string, string> context,
        CancellationToken ct)
    {
        var (version, kek) = await FetchAsync(keyId, null, ct);
        var plaintext = RandomNumberGenerator.GetBytes(32);
        var versionBytes = Encoding.UTF8.GetBytes(version);
        var wrapped = new byte[2 + versionBytes.Length + 12 + 32 + 16];
        wrapped[0] = FormatVersion;
        wrapped[1] = checked((byte)versionBytes.Length);
        versionBytes.CopyTo(wrapped, 2);
        var offset = 2 + versionBytes.Length;
        RandomNumberGenerator.Fill(wrapped.AsSpan(offset, 12));
        using var aes = new AesGcm(kek, 16);
        aes.Encrypt(wrapped.AsSpan(offset, 12), plaintext, wrapped.AsSpan(offset + 12, 32), wrapped.AsSpan(offset + 44, 16),
            LocalKeyProvider.Aad(context));
        return new GeneratedDataKey(plaintext, wrapped);
    }

    public async Task<byte[]> DecryptDataKeyAsync(string keyId, byte[] wrappedKey,
        IReadOnlyDictionary<string, string> context, CancellationToken ct)
    {
        if (wrappedKey.Length < 2 || wrappedKey[0] != FormatVersion || wrappedKey.Length != 2 + wrappedKey[1] + 60)
        {
            throw new CryptographicException("Not a data key wrapped by the Azure Key Vault provider.");
        }

        var version = Encoding.UTF8.GetString(wrappedKey, 2, wrappedKey[1]);
        var (_, kek) = await FetchAsync(keyId, version, ct);
        var offset = 2 + wrappedKey[1];
        var plaintext = new byte[32];
        using var aes = new AesGcm(kek, 16);
        aes.Decrypt(wrappedKey.AsSpan(offset, 12), wrappedKey.AsSpan(offset + 12, 32), wrappedKey.AsSpan(offset + 44, 16),
            plaintext, LocalKeyProvider.Aad(context));
        return plaintext;
    }

    private async Task<(string Version, byte[] Key)> FetchAsync(string name, string? version, CancellationToken ct)
    {
        if (version is not null && _keys.TryGetValue((name, version), out var cached)) return (version, cached);
        KeyVaultSecret secret;
        try
        {
            secret = (await client.GetSecretAsync(name, version, ct)).Value;
        }
        catch (Exception ex) when (ex is RequestFailedException or AuthenticationFailedException or HttpRequestException
                                       or TaskCanceledException or AggregateException)
        {
            throw new KeyProviderUnavailableException(Name, ex);
        }

        var key = Convert.FromBase64String(secret.Value);
        if (key.Length != 32)
        {
            throw new KeyProviderUnavailableException(Name, new InvalidOperationException(
                $"Key Vault secret '{name}' must hold 32 random bytes, base64-encoded."));
        }

        _keys[(name, secret.Properties.Version)] = key;
        return (secret.Properties.Version, key);
    }

    /// <summary>A client on <see cref="DefaultAzureCredential"/> (managed identity, workload identity, environment,
    /// Azure CLI), or on the given credential and transport.</summary>
    public static AzureKeyVaultKeyProvider Create(Uri vaultUri, string secretName, TokenCredential? credential = null,
        HttpMessageHandler? handler = null, bool disableChallengeResourceVerification = false) =>
        new(Cloud.AzureSecretClients.Create(vaultUri, credential, handler, disableChallengeResourceVerification), secretName);
}
