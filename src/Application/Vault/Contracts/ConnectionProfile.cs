using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Connections;

namespace Deepnote.Application.Vault.Contracts;

/// <summary>What running a query needs to know of a connection, without its secret.</summary>
/// <param name="SecretId">The vault secret holding the current password (null: none). It changes with every new
/// password, so it versions anything derived from the credentials.</param>
public sealed record ConnectionProfile(ConnectionId Id, WorkspaceId WorkspaceId, ConnectionSettings Settings,
    ConnectionGuardrails Guardrails, Guid? SecretId)
{
    public Guid CredentialVersion => SecretId ?? Guid.Empty;
}
