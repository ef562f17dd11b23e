using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access.Workspaces;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Access.Grants;

/// <summary>Loads the workspace a connection belongs to, for the grant commands.</summary>
internal static class ConnectionWorkspace
{
    public static async Task<Workspace> LoadForConnectionAsync(this IEventStore events, IAccessFacts facts,
        ConnectionId connection, CancellationToken ct)
    {
        var workspace = await facts.GetConnectionWorkspaceAsync(connection, ct)
            ?? throw new NotFoundException("This connection was not found, or you cannot see it.");
        return await events.LoadAsync<Workspace>(workspace, ct);
    }

    public static AccessRequirement ManageRequirement(ConnectionId connection) =>
        AccessRequirement.OnConnection(connection, ConnectionUse.Manage);
}
