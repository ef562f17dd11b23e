using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Vault.Keys;
using Deepnote.Application.Vault.Ports;
using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Connections;
using Mediator;

namespace Deepnote.Application.Vault.Contracts;

internal sealed class SealBlobCommandHandler(IEventStore events, IWorkspaceKeyStore keys, ISecretStore secrets,
    TimeProvider clock) : ICommandHandler<SealBlobCommand, SealedBlob>
{
    public async ValueTask<SealedBlob> Handle(SealBlobCommand command, CancellationToken ct)
    {
        await events.EnsureWorkspaceKeyAsync(keys, command.WorkspaceId, clock, ct);
        return await secrets.SealBlobAsync(command.WorkspaceId, command.Purpose, command.RecordId, command.Plaintext, ct);
    }
}
