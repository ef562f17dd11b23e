using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Vault.Connections.SetMyConnectionCredentials;

/// <summary>A member with a data-access grant enters their own database account for a per-person connection. The
/// password is sealed at once and never shown again; the previous one is destroyed.</summary>
public sealed record SetMyConnectionCredentialsCommand(ConnectionId ConnectionId, string Username, string Password)
    : ICommand<ConnectionId>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.OnConnection(ConnectionId, ConnectionUse.Use);

    public override string ToString() => $"{nameof(SetMyConnectionCredentialsCommand)} {{ {ConnectionId} }}";
}
