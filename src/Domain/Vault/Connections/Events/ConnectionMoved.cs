using Deepnote.Domain.SharedKernel;

namespace Deepnote.Domain.Vault.Connections.Events;

/// <summary>The connection points elsewhere: another host, port, database or TLS mode.</summary>
/// <param name="Password">The new sealed password a move to another server or database needs; null when only the TLS
/// mode changed or the connection has no shared password.</param>
/// <param name="DestroyedSecretId">The superseded password's vault secret, destroyed with this change.</param>
[EventName("ConnectionMoved")]
public sealed record ConnectionMoved(ConnectionId ConnectionId, WorkspaceId WorkspaceId, string? Host, int? Port,
    string? Database, SslMode? SslMode, SealedCredential? Password, DateTimeOffset OccurredAt,
    Guid? DestroyedSecretId = null) : IDomainEvent;
