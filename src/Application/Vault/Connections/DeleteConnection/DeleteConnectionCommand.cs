using Deepnote.Application.Abstractions;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Vault.Connections.DeleteConnection;

/// <summary>Deletes a connection: its details and grants disappear from every view and nothing can use it.</summary>
public sealed record DeleteConnectionCommand(ConnectionId ConnectionId) : ICommand<bool>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.OnConnection(ConnectionId, ConnectionUse.Manage);
}

internal sealed class DeleteConnectionCommandHandler(IEventStore events, TimeProvider clock)
    : ICommandHandler<DeleteConnectionCommand, bool>
{
    public async ValueTask<bool> Handle(DeleteConnectionCommand command, CancellationToken ct)
    {
        var connection = await events.LoadConnectionAsync(command.ConnectionId, ct);
        connection.Delete(clock.GetUtcNow());
        await events.SaveAsync(connection, ct);
        return true;
    }
}
