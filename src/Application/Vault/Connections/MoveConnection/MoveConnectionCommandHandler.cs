using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Application.Vault.Keys;
using Deepnote.Application.Vault.Ports;
using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Connections;
using FluentValidation;
using Mediator;

namespace Deepnote.Application.Vault.Connections.MoveConnection;

/// <summary>The engine's rules for the new place are checked once the connection (and so its engine) is loaded. Rows
/// read from the old place must not be served for the new one: a move empties the cache like new credentials do.</summary>
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

        var password = await secrets.SealNewPasswordAsync(events, keys, clock, connection, command.Password, ct);
        var (moved, superseded) = connection.Move(target.Host, target.Port, target.Database, target.SslMode, password,
            clock.GetUtcNow());
        if (moved) await events.SaveChangeAsync(secrets, sender, connection, superseded, "the connection was moved", ct);
        return connection.Id;
    }
}
