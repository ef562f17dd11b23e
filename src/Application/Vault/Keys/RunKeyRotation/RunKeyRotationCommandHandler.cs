using Deepnote.Application.Abstractions;
using Deepnote.Application.Caching.Contracts.PurgeCacheBelowKeyVersion;
using Deepnote.Application.Vault.Ports;
using Deepnote.Domain.Vault.Keys;
using Mediator;

namespace Deepnote.Application.Vault.Keys.RunKeyRotation;

/// <summary>Cached results sealed under older versions are dropped rather than re-wrapped: they are only a cache.</summary>
internal sealed class RunKeyRotationCommandHandler(IEventStore events, IWorkspaceKeyStore keys, ISender sender,
    TimeProvider clock)
    : ICommandHandler<RunKeyRotationCommand, long>
{
    public async ValueTask<long> Handle(RunKeyRotationCommand command, CancellationToken ct)
    {
        var keyring = await events.AggregateStreamAsync<WorkspaceKeyring>(WorkspaceKeyring.StreamFor(command.WorkspaceId), ct);
        if (keyring?.RunningRotation != command.RotationId) return 0;

        var rewrapped = await keys.RewrapAsync(command.WorkspaceId, command.RotationId, keyring.CurrentVersion, ct);
        keyring.CompleteRotation(command.RotationId, keyring.CurrentVersion, rewrapped, clock.GetUtcNow());
        await events.SaveAsync(keyring, ct);
        await sender.Send(new PurgeCacheBelowKeyVersionCommand(command.WorkspaceId, keyring.CurrentVersion), ct);
        return rewrapped;
    }
}
