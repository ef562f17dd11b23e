using Deepnote.Application.Abstractions;
using Deepnote.Application.Execution.Contracts.RecheckResults;
using Deepnote.Application.Vault.Ports;
using Deepnote.Domain.Vault.Connections;
using Mediator;

namespace Deepnote.Application.Vault.Connections.DeleteConnection;

/// <summary>Its runs end with it, and its sealed password is destroyed (nothing can open it again).</summary>
internal sealed class DeleteConnectionCommandHandler(IEventStore events, ISecretStore secrets, ISender sender,
    TimeProvider clock) : ICommandHandler<DeleteConnectionCommand, bool>
{
    public async ValueTask<bool> Handle(DeleteConnectionCommand command, CancellationToken ct)
    {
        var connection = await events.LoadAsync<Connection>(command.ConnectionId, ct);
        var password = connection.Password;
        connection.Delete(clock.GetUtcNow());
        await events.SaveAsync(connection, ct);
        if (password is not null) await secrets.DestroyAsync(connection.WorkspaceId, password.SecretId, ct);
        await sender.Send(new RecheckResultsCommand(connection.WorkspaceId), ct);
        return true;
    }
}
