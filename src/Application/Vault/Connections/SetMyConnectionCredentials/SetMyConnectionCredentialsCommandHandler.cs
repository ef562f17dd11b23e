using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Application.Vault.Keys;
using Deepnote.Application.Vault.Ports;
using Deepnote.Domain.Vault.Connections;
using Mediator;

namespace Deepnote.Application.Vault.Connections.SetMyConnectionCredentials;

internal sealed class SetMyConnectionCredentialsCommandHandler(IEventStore events, ISecretStore secrets,
    IWorkspaceKeyStore keys, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<SetMyConnectionCredentialsCommand, Domain.SharedKernel.ConnectionId>
{
    public async ValueTask<Domain.SharedKernel.ConnectionId> Handle(SetMyConnectionCredentialsCommand command, CancellationToken ct)
    {
        var user = actor.RequireUser();
        var connection = await events.LoadAsync<Connection>(command.ConnectionId, ct);
        if (!connection.Settings.PerPerson)
        {
            throw new RequestValidationException([new FieldError("connectionId",
                "This connection uses one shared account, which only an ADMIN sets.")]);
        }

        await events.EnsureWorkspaceKeyAsync(keys, connection.WorkspaceId, clock, ct);
        var stream = PersonalCredential.StreamFor(connection.Id, user);
        var credential = await events.AggregateStreamAsync<PersonalCredential>(stream, ct) ?? new PersonalCredential();
        var password = await secrets.SealAsync(connection.WorkspaceId, SecretPurposes.PersonalPassword, stream,
            command.Password, ct);
        var superseded = credential.Set(connection.Id, connection.WorkspaceId, user, command.Username, password, clock.GetUtcNow());
        await events.SaveAsync(credential, ct);
        if (superseded is { } old) await secrets.DestroyAsync(connection.WorkspaceId, old, ct);
        return connection.Id;
    }
}
