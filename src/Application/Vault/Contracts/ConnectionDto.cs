using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Connections;
using Deepnote.Application.Vault.Contracts.FindFilesNamedIn;
using Deepnote.Application.Vault.Contracts.GetConnectionProfile;
using Deepnote.Application.Vault.Contracts.OpenBlob;
using Deepnote.Application.Vault.Contracts.OpenQueryFiles;
using Deepnote.Application.Vault.Contracts.OpenSecret;
using Deepnote.Application.Vault.Contracts.SealBlob;
using Deepnote.Application.Vault.Contracts.SealSecret;
using Deepnote.Application.Vault.Contracts.UnwrapCredentials;

namespace Deepnote.Application.Vault.Contracts;

/// <summary>What anyone may see of a connection. There is no password field, by construction.</summary>
public sealed record ConnectionDto(ConnectionId Id, WorkspaceId WorkspaceId, string Name, ConnectionSettings Settings,
    bool HasPassword, string? CredentialsFingerprint, DateTimeOffset? CredentialsRotatedAt, DateTimeOffset CreatedAt,
    bool MyAccess, ConnectionGuardrails Guardrails);
