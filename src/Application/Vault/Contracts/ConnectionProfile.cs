using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Vault.Keys;
using Deepnote.Application.Vault.Ports;
using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Connections;
using Mediator;
using Deepnote.Application.Vault.Contracts.FindFilesNamedIn;
using Deepnote.Application.Vault.Contracts.GetConnectionProfile;
using Deepnote.Application.Vault.Contracts.OpenBlob;
using Deepnote.Application.Vault.Contracts.OpenQueryFiles;
using Deepnote.Application.Vault.Contracts.OpenSecret;
using Deepnote.Application.Vault.Contracts.SealBlob;
using Deepnote.Application.Vault.Contracts.SealSecret;
using Deepnote.Application.Vault.Contracts.UnwrapCredentials;

namespace Deepnote.Application.Vault.Contracts;

/// <summary>What running a query needs to know of a connection, without its secret.</summary>
/// <param name="SecretId">The vault secret holding the current password (null: none). It changes with every new
/// password, so it versions anything derived from the credentials.</param>
public sealed record ConnectionProfile(ConnectionId Id, WorkspaceId WorkspaceId, ConnectionSettings Settings,
    ConnectionGuardrails Guardrails, Guid? SecretId)
{
    public Guid CredentialVersion => SecretId ?? Guid.Empty;
}
