using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Application.Vault.Keys;
using Deepnote.Application.Vault.Ports;
using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Connections;
using FluentValidation;
using Mediator;

namespace Deepnote.Application.Vault.Connections.MoveConnection;

/// <summary>Rows read from the old place must not be served for the new one: a move empties the connection's result
/// cache. A superseded password is destroyed in the same transaction, as with new credentials.</summary>
internal sealed class MoveConnectionCommandHandler(IEventStore events, ISecretStore secrets, IWorkspaceKeyStore keys,
    ISender sender, TimeProvider clock) : ICommandHandler<MoveConnectionCommand, ConnectionId>
{
    public async ValueTask<ConnectionId> Handle(MoveConnectionCommand command, CancellationToken ct)
    {
        var connection = await events.LoadAsync<Connection>(command.ConnectionId, ct);
        var target = connection.Settings with
        {
            Host = command.Host, Port = command.Port, Database = command.Database, SslMode = command.SslMode,
        };
        var rules = new InlineValidator<ConnectionSettings>();
        rules.ValidSettings(s => s);
        if (rules.Validate(target) is { IsValid: false } invalid)
        {
            throw new RequestValidationException(invalid.Errors.Select(e => new FieldError(e.PropertyName, e.ErrorMessage)).ToList());
        }

        if (connection.Settings.PerPerson && !string.IsNullOrEmpty(command.Password))
        {
            throw new RequestValidationException([new FieldError("password",
                "A per-person connection has no shared password: each member enters their own.")]);
        }

        await events.EnsureWorkspaceKeyAsync(keys, connection.WorkspaceId, clock, ct);
        var password = string.IsNullOrEmpty(command.Password)
            ? null
            : await secrets.SealAsync(connection.WorkspaceId, SecretPurposes.ConnectionPassword, connection.Id.Value,
                command.Password, ct);
        var (moved, superseded) = connection.Move(target.Host, target.Port, target.Database, target.SslMode, password,
            clock.GetUtcNow());
        if (!moved) return connection.Id;
        await events.SaveAsync(connection, ct);
        if (superseded is { } old) await secrets.DestroyAsync(connection.WorkspaceId, old, ct);
        await sender.Send(new Caching.Contracts.InvalidateConnectionCache.InvalidateConnectionCacheCommand(connection.Id,
            connection.WorkspaceId, "the connection was moved"), ct);
        return connection.Id;
    }
}
