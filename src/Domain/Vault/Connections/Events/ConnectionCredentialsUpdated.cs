using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Vault.Connections.Events;

/// <param name="Password">The new sealed password, or null when only the user name changed.</param>
public sealed record ConnectionCredentialsUpdated(ConnectionId ConnectionId, WorkspaceId WorkspaceId,
    string? Username, SealedCredential? Password, DateTimeOffset OccurredAt) : IDomainEvent;
