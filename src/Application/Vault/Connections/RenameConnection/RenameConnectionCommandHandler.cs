using Deepnote.Application.Abstractions;
using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Connections;
using Mediator;

namespace Deepnote.Application.Vault.Connections.RenameConnection;

internal sealed class RenameConnectionCommandHandler(IEventStore events, TimeProvider clock)
    : ICommandHandler<RenameConnectionCommand, ConnectionId>
{
    public async ValueTask<ConnectionId> Handle(RenameConnectionCommand command, CancellationToken ct)
    {
        var connection = await events.LoadAsync<Connection>(command.ConnectionId, ct);
        connection.Rename(command.Name, clock.GetUtcNow());
        await events.SaveAsync(connection, ct);
        return connection.Id;
    }
}
