using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Vault.Connections.RenameConnection;

public sealed record RenameConnectionCommand(ConnectionId ConnectionId, string Name) : ICommand<ConnectionId>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.OnConnection(ConnectionId, ConnectionUse.Manage);
}
