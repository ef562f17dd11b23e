namespace Deepnote.Application.Vault.Ports;

/// <summary>A key-management service that makes and unwraps 256-bit data keys under a key it never reveals
/// (local master key file, AWS KMS, Azure Key Vault). The context is bound to the wrapped key: unwrapping with
/// another context fails. Any failure to reach the service throws <see cref="KeyProviderUnavailableException"/>.</summary>
public interface IKeyManagementProvider
{
    string Name { get; }

    /// <summary>The provider key used when a workspace brings none.</summary>
    string DefaultKeyId { get; }

    Task<GeneratedDataKey> GenerateDataKeyAsync(string keyId, IReadOnlyDictionary<string, string> context,
        CancellationToken ct);

    Task<byte[]> DecryptDataKeyAsync(string keyId, byte[] wrappedKey, IReadOnlyDictionary<string, string> context,
        CancellationToken ct);
}
