using Deepnote.Application.Abstractions;
using Deepnote.Application.Vault.Keys;
using Deepnote.Application.Vault.Ports;
using Mediator;

namespace Deepnote.Application.Vault.Contracts.SealBlob;

internal sealed class SealBlobCommandHandler(IEventStore events, IWorkspaceKeyStore keys, ISecretStore secrets,
    TimeProvider clock) : ICommandHandler<SealBlobCommand, SealedBlob>
{
    public async ValueTask<SealedBlob> Handle(SealBlobCommand command, CancellationToken ct)
    {
        await events.EnsureWorkspaceKeyAsync(keys, command.WorkspaceId, clock, ct);
        return await secrets.SealBlobAsync(command.WorkspaceId, command.Purpose, command.RecordId, command.Plaintext, ct);
    }
}
