using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Vault.Ports;
using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Connections;
using Deepnote.Domain.Vault.Connections.Events;
using Mediator;
using Deepnote.Application.Vault.Contracts.FindFilesNamedIn;
using Deepnote.Application.Vault.Contracts.GetConnectionProfile;
using Deepnote.Application.Vault.Contracts.OpenBlob;
using Deepnote.Application.Vault.Contracts.OpenQueryFiles;
using Deepnote.Application.Vault.Contracts.OpenSecret;
using Deepnote.Application.Vault.Contracts.SealBlob;
using Deepnote.Application.Vault.Contracts.SealSecret;

namespace Deepnote.Application.Vault.Contracts.UnwrapCredentials;

/// <summary>The only way another module obtains a connection's plaintext credentials. Every call appends
/// <c>SecretUnwrapped</c> (who, which connection, why) before the secret is opened; if that append fails, nothing
/// is decrypted. Dispose the result as soon as the driver has it.</summary>
public sealed record UnwrapCredentialsQuery(ConnectionId ConnectionId, string Purpose) : IQuery<UnwrappedCredentials>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;
}
