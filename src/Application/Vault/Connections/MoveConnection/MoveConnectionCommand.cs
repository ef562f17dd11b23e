using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Connections;
using Mediator;

namespace Deepnote.Application.Vault.Connections.MoveConnection;

/// <summary>ADMIN: points a connection at another host, port, database or TLS mode. Moving to another server or
/// database needs the password again.</summary>
public sealed record MoveConnectionCommand(ConnectionId ConnectionId, string? Host, int? Port, string? Database,
    SslMode? SslMode, string? Password) : ICommand<ConnectionId>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.OnConnection(ConnectionId, ConnectionUse.Manage);

    public override string ToString() => $"{nameof(MoveConnectionCommand)} {{ {ConnectionId} }}";
}
