using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Vault.Files.Events;

/// <summary>Someone read a stored file's contents (recorded before the first byte leaves).</summary>
[EventName("FileDownloaded")]
public sealed record FileDownloaded(FileId FileId, WorkspaceId WorkspaceId, UserId DownloadedBy, DateTimeOffset OccurredAt)
    : IDomainEvent;
