using Deepnote.Application.Abstractions;
using Deepnote.Application.Vault.Ports;
using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Keys;

namespace Deepnote.Application.Vault.Keys;

internal static class WorkspaceKeys
{
    /// <summary>Gives the workspace its key (version 1, under the configured provider) the first time it seals
    /// something; refuses once the key was destroyed.</summary>
    public static async Task<WorkspaceKeyring> EnsureWorkspaceKeyAsync(this IEventStore events,
        IWorkspaceKeyStore keys, WorkspaceId workspace, TimeProvider clock, CancellationToken ct)
    {
        var keyring = await events.AggregateStreamAsync<WorkspaceKeyring>(WorkspaceKeyring.StreamFor(workspace), ct);
        if (keyring is not null)
        {
            if (keyring.IsDestroyed) throw new WorkspaceKeyDestroyedException(workspace);
            return keyring;
        }

        var (provider, keyId) = keys.DefaultKey;
        keyring = WorkspaceKeyring.Create(workspace, provider, keyId, clock.GetUtcNow());
        await keys.CreateVersionAsync(workspace, 1, provider, keyId, ct);
        await events.SaveAsync(keyring, ct);
        return keyring;
    }
}
