using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Vault.Connections.UpdateConnectionCredentials;

/// <summary>Sets a connection's user name and, when given, a new password (sealed at once; the old one stays
/// unreadable to everyone, as every password is).</summary>
public sealed record UpdateConnectionCredentialsCommand(ConnectionId ConnectionId, string? Username, string? Password)
    : ICommand<ConnectionId>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.OnConnection(ConnectionId, ConnectionUse.Manage);

    public override string ToString() => $"{nameof(UpdateConnectionCredentialsCommand)} {{ {ConnectionId} }}";
}
