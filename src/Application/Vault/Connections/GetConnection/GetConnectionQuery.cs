using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Vault.Connections.GetConnection;

public sealed record GetConnectionQuery(ConnectionId ConnectionId) : IQuery<ConnectionDto>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.OnConnection(ConnectionId, ConnectionUse.View);
}
