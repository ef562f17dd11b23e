using Deepnote.Application.Vault.Contracts;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Vault.Ports;

/// <summary>Encrypted file storage: chunked AES-256-GCM under a per-file data key that the workspace key wraps, so
/// a file never sits whole in memory and key rotation and crypto-shredding cover files too.</summary>
public interface IFileVault
{
    /// <summary>Streams <paramref name="content"/> in, encrypting chunk by chunk; throws
    /// <see cref="FileTooLargeException"/> past <paramref name="maxBytes"/> (nothing is kept then).</summary>
    Task<StoredFile> StoreAsync(WorkspaceId workspace, FileId file, Stream content, long maxBytes, CancellationToken ct);

    /// <summary>Streams the decrypted file to <paramref name="output"/>, chunk by chunk.</summary>
    Task CopyToAsync(WorkspaceId workspace, FileId file, Stream output, CancellationToken ct);

    Task<FileDto?> GetAsync(FileId file, CancellationToken ct);

    /// <summary>Deletes the file's encrypted chunks and destroys its data key, in the request's transaction: nothing can
    /// read it again, from a backup of the chunks either.</summary>
    Task DestroyAsync(WorkspaceId workspace, FileId file, CancellationToken ct);

    Task<Common.Page<FileDto>> ListAsync(WorkspaceId workspace, int size, long offset, CancellationToken ct);
}
