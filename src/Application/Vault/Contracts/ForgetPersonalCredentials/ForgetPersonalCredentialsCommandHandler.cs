using Deepnote.Application.Abstractions;
using Deepnote.Application.Vault.Ports;
using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Connections;
using Mediator;

namespace Deepnote.Application.Vault.Contracts.ForgetPersonalCredentials;

internal sealed class ForgetPersonalCredentialsCommandHandler(IEventStore events, IVaultReader reader,
    ISecretStore secrets, TimeProvider clock) : ICommandHandler<ForgetPersonalCredentialsCommand, int>
{
    public async ValueTask<int> Handle(ForgetPersonalCredentialsCommand command, CancellationToken ct)
    {
        IReadOnlyList<ConnectionId> connections = command.ConnectionId is { } one ? [one]
            : command.WorkspaceId is { } workspace ? await reader.ListPersonalCredentialsAsync(workspace, command.UserId, ct)
            : [];
        var forgotten = 0;
        foreach (var connection in connections)
        {
            var credential = await events.AggregateStreamAsync<PersonalCredential>(
                PersonalCredential.StreamFor(connection, command.UserId), ct);
            if (credential?.Clear(clock.GetUtcNow()) is not { } destroyed) continue;
            await events.SaveAsync(credential, ct);
            await secrets.DestroyAsync(credential.WorkspaceId, destroyed, ct);
            forgotten++;
        }

        return forgotten;
    }
}
