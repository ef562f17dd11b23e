using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Vault.Keys.Events;

/// <summary>A workspace key (the key that wraps every data key of the workspace) was made under a provider key.
/// The wrapped key material is kept by the vault, not in the log.</summary>
[EventName("WorkspaceKeyCreated")]
public sealed record WorkspaceKeyCreated(WorkspaceId WorkspaceId, int Version, string Provider, string KeyId,
    DateTimeOffset OccurredAt) : IDomainEvent;
