using Deepnote.Application.Abstractions;
using Deepnote.Application.Caching.Contracts.InvalidateConnectionCache;
using Deepnote.Application.Vault.Ports;
using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Files;
using Mediator;

namespace Deepnote.Application.Vault.Files.DeleteFile;

/// <summary>The event and the destruction commit together: a file is never listed as present while its key is gone,
/// nor kept readable after its deletion was recorded. Results read from it are not served from the cache either: the
/// caches of the connections that read files of this name are emptied with it.</summary>
internal sealed class DeleteFileCommandHandler(IEventStore events, IFileVault files, IVaultReader reader, ISender sender,
    ICurrentActor actor, TimeProvider clock) : ICommandHandler<DeleteFileCommand, FileId>
{
    public async ValueTask<FileId> Handle(DeleteFileCommand command, CancellationToken ct)
    {
        var file = await events.LoadAsync<VaultFile>(command.FileId, ct);
        file.Delete(actor.RequireUser(), clock.GetUtcNow());
        await events.SaveAsync(file, ct);
        await files.DestroyAsync(file.WorkspaceId, file.Id, ct);
        foreach (var connection in await reader.ListFileReadersAsync(file.WorkspaceId, file.Name, ct))
        {
            await sender.Send(new InvalidateConnectionCacheCommand(connection, file.WorkspaceId, "a file it read was deleted"), ct);
        }

        return file.Id;
    }
}
