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
        if (connection.Settings.PerPerson && !string.IsNullOrEmpty(command.Password))
        {
            throw new Common.RequestValidationException([new Common.FieldError("password",
                "A per-person connection has no shared password: each member enters their own.")]);
        }

        await events.EnsureWorkspaceKeyAsync(keys, connection.WorkspaceId, clock, ct);
        var password = string.IsNullOrEmpty(command.Password)
            ? null
            : await secrets.SealAsync(connection.WorkspaceId, SecretPurposes.ConnectionPassword, connection.Id.Value,
                command.Password, ct);
        var superseded = connection.UpdateCredentials(command.Username, password, clock.GetUtcNow());
        await events.SaveAsync(connection, ct);
        if (superseded is { } old) await secrets.DestroyAsync(connection.WorkspaceId, old, ct);
        await sender.Send(new Caching.Contracts.InvalidateConnectionCache.InvalidateConnectionCacheCommand(connection.Id, connection.WorkspaceId,
            "the credentials were changed"), ct);
        return connection.Id;
    }
}
