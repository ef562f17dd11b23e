using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Vault.Connections.Events;

/// <param name="Password">The new sealed password, or null when only the user name changed.</param>
/// <param name="DestroyedSecretId">The superseded password's vault secret, destroyed with this change (never kept).</param>
[EventName("ConnectionCredentialsUpdated")]
public sealed record ConnectionCredentialsUpdated(ConnectionId ConnectionId, WorkspaceId WorkspaceId,
    string? Username, SealedCredential? Password, DateTimeOffset OccurredAt, Guid? DestroyedSecretId = null) : IDomainEvent;
