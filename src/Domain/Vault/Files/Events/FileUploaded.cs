using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Vault.Files.Events;

/// <summary>A file was stored, encrypted. <c>ContentHmac</c> (from issue 15) is a keyed hash of its plaintext under the
/// workspace's key, <c>k&lt;version&gt;:&lt;hex&gt;</c> (docs/audit-chain.md, "Keyed hashes"): equal files match within
/// the workspace, and nobody can confirm a guessed file. <paramref name="Sha256"/>, the plain digest, is on events
/// recorded before it only (null since).</summary>
[EventName("FileUploaded")]
public sealed record FileUploaded(FileId FileId, WorkspaceId WorkspaceId, string Name, string ContentType, long Size,
    string? Sha256, UserId UploadedBy, DateTimeOffset OccurredAt, string? ContentHmac = null) : IDomainEvent;
