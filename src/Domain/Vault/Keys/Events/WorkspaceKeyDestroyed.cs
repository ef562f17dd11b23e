using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Vault.Keys.Events;

/// <summary>Crypto-shredding: every version of the workspace key was deleted, so its credentials, files and cache
/// entries can never be decrypted again.</summary>
[EventName("WorkspaceKeyDestroyed")]
public sealed record WorkspaceKeyDestroyed(WorkspaceId WorkspaceId, UserId DestroyedBy, DateTimeOffset OccurredAt)
    : IDomainEvent;
