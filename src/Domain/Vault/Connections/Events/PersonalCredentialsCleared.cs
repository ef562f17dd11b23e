using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Vault.Connections.Events;

/// <summary>A member's own credentials for a connection were removed (by them, or as they left the workspace).</summary>
[EventName("PersonalCredentialsCleared")]
public sealed record PersonalCredentialsCleared(ConnectionId ConnectionId, WorkspaceId WorkspaceId, UserId UserId,
    DateTimeOffset OccurredAt, Guid DestroyedSecretId) : IDomainEvent;
