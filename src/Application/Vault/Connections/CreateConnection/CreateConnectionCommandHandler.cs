using Deepnote.Application.Abstractions;
using Deepnote.Application.Vault.Keys;
using Deepnote.Application.Vault.Ports;
using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Connections;
using Mediator;

namespace Deepnote.Application.Vault.Connections.CreateConnection;

internal sealed class CreateConnectionCommandHandler(IEventStore events, ISecretStore secrets, IWorkspaceKeyStore keys,
    ICurrentActor actor,
    TimeProvider clock) : ICommandHandler<CreateConnectionCommand, ConnectionId>
{
    public async ValueTask<ConnectionId> Handle(CreateConnectionCommand command, CancellationToken ct)
    {
        var creator = actor.RequireUser();
        var id = ConnectionId.New();
        await events.EnsureWorkspaceKeyAsync(keys, command.WorkspaceId, clock, ct);
        var password = string.IsNullOrEmpty(command.Password)
            ? null
            : await secrets.SealAsync(command.WorkspaceId, SecretPurposes.ConnectionPassword, id.Value, command.Password, ct);

        var connection = Connection.Create(id, command.WorkspaceId, command.Name, command.Settings, password, creator,
            clock.GetUtcNow());
        await events.SaveAsync(connection, ct);
        return id;
    }
}
