using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Vault.Connections.DeleteConnection;

/// <summary>Deletes a connection: its details and grants disappear from every view and nothing can use it.</summary>
public sealed record DeleteConnectionCommand(ConnectionId ConnectionId) : ICommand<bool>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.OnConnection(ConnectionId, ConnectionUse.Manage);
}
