using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Vault.Files.Events;

/// <summary>A file was stored, encrypted; <paramref name="Sha256"/> is the digest of its plaintext.</summary>
[EventName("FileUploaded")]
public sealed record FileUploaded(FileId FileId, WorkspaceId WorkspaceId, string Name, string ContentType, long Size,
    string Sha256, UserId UploadedBy, DateTimeOffset OccurredAt) : IDomainEvent;
