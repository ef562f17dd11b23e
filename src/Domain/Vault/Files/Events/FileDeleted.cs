using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Vault.Files.Events;

/// <summary>A file was deleted: its encrypted chunks and its data key are gone with this change (crypto-shredded).</summary>
[EventName("FileDeleted")]
public sealed record FileDeleted(FileId FileId, WorkspaceId WorkspaceId, UserId DeletedBy, DateTimeOffset OccurredAt) : IDomainEvent;
