using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Vault.Ports;

/// <summary>Versions of each workspace key (wrapped by the provider) and the re-wrapping of data keys.</summary>
public interface IWorkspaceKeyStore
{
    /// <summary>The provider and provider key a new workspace key is made under by default.</summary>
    (string Provider, string KeyId) DefaultKey { get; }

    /// <summary>Makes and stores a new version of the workspace key under the provider key.</summary>
    Task CreateVersionAsync(WorkspaceId workspace, int version, string provider, string keyId, CancellationToken ct);

    /// <summary>Re-wraps every data key of the workspace that is not yet under <paramref name="toVersion"/>, in batches,
    /// reporting progress; resumable (already re-wrapped keys are skipped). Returns how many were re-wrapped.</summary>
    Task<long> RewrapAsync(WorkspaceId workspace, Guid rotationId, int toVersion, CancellationToken ct);

    /// <summary>Deletes every version of the workspace key: crypto-shredding.</summary>
    Task DestroyAsync(WorkspaceId workspace, CancellationToken ct);
}
