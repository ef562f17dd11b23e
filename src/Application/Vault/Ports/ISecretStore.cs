using Deepnote.Application.Vault.Contracts;
using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Connections;

namespace Deepnote.Application.Vault.Ports;

/// <summary>Envelope-encrypted secrets (ARCHITECTURE §6): a fresh AES-256-GCM data key per secret, wrapped by the
/// workspace key, which the key provider protects. The encryption context (workspace, purpose, record) is bound as
/// associated data, so a ciphertext moved to another record does not open.</summary>
public interface ISecretStore
{
    Task<SealedCredential> SealAsync(WorkspaceId workspace, string purpose, Guid recordId, string plaintext,
        CancellationToken ct);

    /// <summary>Opens a secret; fails closed (throws) when the key provider is unreachable or the context differs.</summary>
    Task<UnwrappedSecret> OpenAsync(WorkspaceId workspace, string purpose, Guid recordId, Guid secretId,
        CancellationToken ct);

    /// <summary>Seals bytes under the current workspace key without storing them (the caller keeps the blob).</summary>
    Task<SealedBlob> SealBlobAsync(WorkspaceId workspace, string purpose, Guid recordId, ReadOnlyMemory<byte> plaintext,
        CancellationToken ct);

    Task<byte[]> OpenBlobAsync(WorkspaceId workspace, string purpose, Guid recordId, SealedBlob blob, CancellationToken ct);
}

public static class SecretPurposes
{
    public const string ConnectionPassword = "connection-password";
}

/// <summary>The key provider could not be reached or refused: the operation fails closed (UNAVAILABLE).</summary>
public sealed class KeyProviderUnavailableException(string provider, Exception? inner = null)
    : Exception($"The key provider '{provider}' is unavailable; nothing was decrypted or encrypted.", inner)
{
    public string Provider { get; } = provider;
}

/// <summary>The workspace's key was destroyed (crypto-shredding): its secrets can never be opened again.</summary>
public sealed class SecretShreddedException()
    : Exception("This secret's workspace key was destroyed; it can no longer be decrypted.");

/// <summary>A stored secret failed authentication: it was altered, or moved from another record or workspace.</summary>
public sealed class SecretTamperedException(Exception inner)
    : Exception("The stored secret does not authenticate: it was altered or moved from another record.", inner);
