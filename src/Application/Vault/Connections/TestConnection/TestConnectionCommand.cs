using Deepnote.Application.Abstractions;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Domain.SharedKernel;
using Mediator;
using Deepnote.Application.Vault.Contracts.FindFilesNamedIn;
using Deepnote.Application.Vault.Contracts.GetConnectionProfile;
using Deepnote.Application.Vault.Contracts.OpenBlob;
using Deepnote.Application.Vault.Contracts.OpenQueryFiles;
using Deepnote.Application.Vault.Contracts.OpenSecret;
using Deepnote.Application.Vault.Contracts.SealBlob;
using Deepnote.Application.Vault.Contracts.SealSecret;
using Deepnote.Application.Vault.Contracts.UnwrapCredentials;

namespace Deepnote.Application.Vault.Connections.TestConnection;

/// <summary>Connects with the stored credentials and reports success or the driver's error (password scrubbed).</summary>
public sealed record TestConnectionCommand(ConnectionId ConnectionId) : ICommand<ConnectionCheck>, IAuthorizedRequest
{
    public const string Purpose = "test-connection";

    public AccessRequirement RequiredAccess() => AccessRequirement.OnConnection(ConnectionId, ConnectionUse.Manage);
}
