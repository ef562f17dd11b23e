using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Connections;

namespace Deepnote.Application.Vault.Contracts;

/// <summary>What anyone may see of a connection. There is no password field, by construction.</summary>
/// <param name="MyCredentials">On a per-person connection, the viewer's own credentials (user name, when set).</param>
public sealed record ConnectionDto(ConnectionId Id, WorkspaceId WorkspaceId, string Name, ConnectionSettings Settings,
    bool HasPassword, string? CredentialsFingerprint, DateTimeOffset? CredentialsRotatedAt, DateTimeOffset CreatedAt,
    bool MyAccess, ConnectionGuardrails Guardrails, PersonalCredentialDto? MyCredentials = null);
