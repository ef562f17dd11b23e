using Deepnote.Application.Abstractions;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Vault.Connections.TestConnection;

/// <summary>Connects with the stored credentials and reports success or the driver's error (password scrubbed).</summary>
public sealed record TestConnectionCommand(ConnectionId ConnectionId) : ICommand<ConnectionCheck>, IAuthorizedRequest
{
    public const string Purpose = "test-connection";

    public AccessRequirement RequiredAccess() => AccessRequirement.OnConnection(ConnectionId, ConnectionUse.Manage);
}
