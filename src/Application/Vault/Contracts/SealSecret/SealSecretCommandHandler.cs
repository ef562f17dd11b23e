using Deepnote.Application.Abstractions;
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
using Deepnote.Application.Vault.Contracts.SealBlob;
using Deepnote.Application.Vault.Contracts.UnwrapCredentials;

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
