using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts.GetMyRole;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Application.Vault.Ports;
using Deepnote.Domain.Access;
using Deepnote.Domain.Vault.Connections;
using Mediator;

namespace Deepnote.Application.Vault.Connections.ListProjectConnections;

/// <summary>The project's connections as the viewer may see them: where to connect (host, port, database, user,
/// credentials fingerprint) only for an ADMIN or a holder of the connection's grant; others see name and engine.</summary>
internal sealed class ListProjectConnectionsQueryHandler(ISender sender, IVaultReader vault, ICurrentActor actor)
    : IQueryHandler<ListProjectConnectionsQuery, IReadOnlyList<ConnectionDto>>
{
    public async ValueTask<IReadOnlyList<ConnectionDto>> Handle(ListProjectConnectionsQuery query, CancellationToken ct)
    {
        var connections = await vault.ListForProjectAsync(query.ProjectId, actor.RequireUser(), ct);
        if (connections.Count == 0 || connections.All(c => c.MyAccess)) return connections;
        var admin = await sender.Send(new GetMyRoleQuery(connections[0].WorkspaceId), ct) == WorkspaceRole.Admin;
        return admin ? connections : [.. connections.Select(c => c.MyAccess ? c : Redacted(c))];
    }

    private static ConnectionDto Redacted(ConnectionDto connection) => connection with
    {
        Settings = new ConnectionSettings(connection.Settings.Engine, null, null, null, null, null),
        CredentialsFingerprint = null,
    };
}
