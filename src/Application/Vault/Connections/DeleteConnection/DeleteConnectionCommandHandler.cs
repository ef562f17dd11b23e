using Deepnote.Application.Abstractions;
using Mediator;

namespace Deepnote.Application.Vault.Connections.DeleteConnection;

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
