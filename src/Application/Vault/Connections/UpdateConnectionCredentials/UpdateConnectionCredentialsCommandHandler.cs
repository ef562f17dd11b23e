using Deepnote.Application.Abstractions;
using Deepnote.Application.Vault.Keys;
using Deepnote.Application.Vault.Ports;
using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Connections;
using Mediator;

namespace Deepnote.Application.Vault.Connections.UpdateConnectionCredentials;

/// <summary>New credentials (even a new user name alone) also empty the connection's result cache: rows read as the
/// old database role must not be served as the new one's. A superseded password is deleted from the vault in the same
/// transaction (its data key with it), so no edit of a projection can make it current again.</summary>
internal sealed class UpdateConnectionCredentialsCommandHandler(IEventStore events, ISecretStore secrets, IWorkspaceKeyStore keys,
    ISender sender, TimeProvider clock) : ICommandHandler<UpdateConnectionCredentialsCommand, ConnectionId>
{
    public async ValueTask<ConnectionId> Handle(UpdateConnectionCredentialsCommand command, CancellationToken ct)
    {
        var connection = await events.LoadAsync<Connection>(command.ConnectionId, ct);
        var password = await secrets.SealNewPasswordAsync(events, keys, clock, connection, command.Password, ct);
        var superseded = connection.UpdateCredentials(command.Username, password, clock.GetUtcNow());
        await events.SaveChangeAsync(secrets, sender, connection, superseded, "the credentials were changed", ct);
        return connection.Id;
    }
}
