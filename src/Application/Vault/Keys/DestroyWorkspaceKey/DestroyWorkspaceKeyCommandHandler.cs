using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Application.Execution.Contracts.DropResults;
using Deepnote.Application.Vault.Ports;
using Deepnote.Domain.Vault.Keys;
using Mediator;

namespace Deepnote.Application.Vault.Keys.DestroyWorkspaceKey;

internal sealed class DestroyWorkspaceKeyCommandHandler(IEventStore events, IWorkspaceKeyStore keys,
    ICurrentActor actor, ISender sender, TimeProvider clock) : ICommandHandler<DestroyWorkspaceKeyCommand, bool>
{
    public async ValueTask<bool> Handle(DestroyWorkspaceKeyCommand command, CancellationToken ct)
    {
        var keyring = await events.AggregateStreamAsync<WorkspaceKeyring>(WorkspaceKeyring.StreamFor(command.WorkspaceId), ct)
            ?? throw new NotFoundException("This workspace has no key yet.");
        keyring.Destroy(actor.RequireUser(), clock.GetUtcNow());
        await keys.DestroyAsync(command.WorkspaceId, ct);
        await events.SaveAsync(keyring, ct);
        // Rows read under the destroyed key go too: crypto-shredding leaves nothing readable.
        await sender.Send(new DropResultsCommand(null, command.WorkspaceId), ct);
        return true;
    }
}
