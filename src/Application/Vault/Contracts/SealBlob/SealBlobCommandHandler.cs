using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Vault.Keys;
using Deepnote.Application.Vault.Ports;
using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Connections;
using Mediator;
using Deepnote.Application.Vault.Contracts.FindFilesNamedIn;
using Deepnote.Application.Vault.Contracts.GetConnectionProfile;
using Deepnote.Application.Vault.Contracts.OpenBlob;
using Deepnote.Application.Vault.Contracts.OpenQueryFiles;
using Deepnote.Application.Vault.Contracts.OpenSecret;
using Deepnote.Application.Vault.Contracts.SealSecret;
using Deepnote.Application.Vault.Contracts.UnwrapCredentials;

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
