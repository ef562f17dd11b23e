using Deepnote.Application.Abstractions;
using Deepnote.Application.Vault.Keys;
using Deepnote.Application.Vault.Ports;
using Deepnote.Domain.Vault.Connections;
using Mediator;

namespace Deepnote.Application.Vault.Contracts.SealSecret;

internal sealed class SealSecretCommandHandler(IEventStore events, IWorkspaceKeyStore keys, ISecretStore secrets,
    TimeProvider clock) : ICommandHandler<SealSecretCommand, SealedCredential>
{
    public async ValueTask<SealedCredential> Handle(SealSecretCommand command, CancellationToken ct)
    {
        await events.EnsureWorkspaceKeyAsync(keys, command.WorkspaceId, clock, ct);
        return await secrets.SealAsync(command.WorkspaceId, command.Purpose, command.RecordId, command.Plaintext, ct);
    }
}
