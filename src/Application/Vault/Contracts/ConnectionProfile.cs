using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Connections;

namespace Deepnote.Application.Vault.Contracts;

/// <summary>What running a query needs to know of a connection, without its secret.</summary>
/// <param name="SecretId">The vault secret holding the current password (null: none). It changes with every new
/// password, so it versions anything derived from the credentials.</param>
/// <param name="Person">On a per-person connection, whose own account (user name and secret) this profile carries:
/// cache entries and pooled sessions are then that person's alone.</param>
public sealed record ConnectionProfile(ConnectionId Id, WorkspaceId WorkspaceId, ConnectionSettings Settings,
    ConnectionGuardrails Guardrails, Guid? SecretId, UserId? Person = null)
{
    public Guid CredentialVersion => SecretId ?? Guid.Empty;
}
