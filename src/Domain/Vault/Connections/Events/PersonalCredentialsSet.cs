using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Vault.Connections.Events;

/// <summary>A member entered their own database credentials for a per-person connection.</summary>
/// <param name="DestroyedSecretId">Their previous password's vault secret, destroyed with this change.</param>
[EventName("PersonalCredentialsSet")]
public sealed record PersonalCredentialsSet(ConnectionId ConnectionId, WorkspaceId WorkspaceId, UserId UserId,
    string Username, SealedCredential Password, DateTimeOffset OccurredAt, Guid? DestroyedSecretId) : IDomainEvent;
