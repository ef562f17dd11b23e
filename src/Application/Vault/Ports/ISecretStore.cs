using Deepnote.Application.Vault.Contracts;
using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Connections;

namespace Deepnote.Application.Vault.Ports;

/// <summary>Envelope-encrypted secrets (docs/decisions/007-vault.md): a fresh AES-256-GCM data key per secret, wrapped by the
/// workspace key, which the key provider protects. The encryption context (workspace, purpose, record) is bound as
/// associated data, so a ciphertext moved to another record does not open.</summary>
public interface ISecretStore
{
    Task<SealedCredential> SealAsync(WorkspaceId workspace, string purpose, Guid recordId, string plaintext,
        CancellationToken ct);

    /// <summary>Opens a secret; fails closed (throws) when the key provider is unreachable or the context differs.</summary>
    Task<UnwrappedSecret> OpenAsync(WorkspaceId workspace, string purpose, Guid recordId, Guid secretId,
        CancellationToken ct);

    /// <summary>Deletes a sealed secret for good (its wrapped data key goes with it): nothing can open it again.</summary>
    Task DestroyAsync(WorkspaceId workspace, Guid secretId, CancellationToken ct);

    /// <summary>Seals bytes under the current workspace key without storing them (the caller keeps the blob).</summary>
    Task<SealedBlob> SealBlobAsync(WorkspaceId workspace, string purpose, Guid recordId, ReadOnlyMemory<byte> plaintext,
        CancellationToken ct);

    Task<byte[]> OpenBlobAsync(WorkspaceId workspace, string purpose, Guid recordId, SealedBlob blob, CancellationToken ct);

    /// <summary>HMAC-SHA256 of <paramref name="content"/> (UTF-8) under a key derived from the workspace's current key
    /// for <paramref name="purpose"/>: <c>k&lt;version&gt;:&lt;64 hex&gt;</c>.</summary>
    Task<string> KeyedHashAsync(WorkspaceId workspace, string purpose, string content, CancellationToken ct);
}
