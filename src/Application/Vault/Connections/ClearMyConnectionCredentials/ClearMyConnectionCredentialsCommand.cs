using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Vault.Connections.ClearMyConnectionCredentials;

/// <summary>A member removes their own credentials from a per-person connection (the sealed password is destroyed).
/// True when there were some. Asks only that the person can see the connection: a member whose grant was revoked can
/// still take their password back.</summary>
public sealed record ClearMyConnectionCredentialsCommand(ConnectionId ConnectionId) : ICommand<bool>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.OnConnection(ConnectionId, ConnectionUse.View);
}
