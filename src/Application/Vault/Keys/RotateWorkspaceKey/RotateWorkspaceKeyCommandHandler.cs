using Deepnote.Application.Abstractions;
using Deepnote.Application.Vault.Ports;
using Mediator;

namespace Deepnote.Application.Vault.Keys.RotateWorkspaceKey;

internal sealed class RotateWorkspaceKeyCommandHandler(IEventStore events, IWorkspaceKeyStore keys,
    IBackgroundJobs jobs, IUnitOfWork unitOfWork, TimeProvider clock) : ICommandHandler<RotateWorkspaceKeyCommand, Guid>
{
    public async ValueTask<Guid> Handle(RotateWorkspaceKeyCommand command, CancellationToken ct)
    {
        var keyring = await events.EnsureWorkspaceKeyAsync(keys, command.WorkspaceId, clock, ct);
        var rotationId = Guid.CreateVersion7();
        var keyId = command.KeyId?.Trim() ?? keyring.KeyId;
        var version = keyring.StartRotation(rotationId, keyring.Provider, keyId, clock.GetUtcNow());

        await keys.CreateVersionAsync(command.WorkspaceId, version, keyring.Provider, keyId, ct);
        await events.SaveAsync(keyring, ct);
        unitOfWork.AfterCommit(() => jobs.EnqueueKeyRotation(command.WorkspaceId, rotationId));
        return rotationId;
    }
}
