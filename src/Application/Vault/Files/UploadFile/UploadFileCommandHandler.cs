using Deepnote.Application.Abstractions;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Application.Vault.Keys;
using Deepnote.Application.Vault.Ports;
using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Files;
using Mediator;

namespace Deepnote.Application.Vault.Files.UploadFile;

internal sealed class UploadFileCommandHandler(IEventStore events, IFileVault files, IWorkspaceKeyStore keys,
    ICurrentActor actor, TimeProvider clock) : ICommandHandler<UploadFileCommand, FileDto>
{
    public async ValueTask<FileDto> Handle(UploadFileCommand command, CancellationToken ct)
    {
        var uploader = actor.RequireUser();
        await events.EnsureWorkspaceKeyAsync(keys, command.WorkspaceId, clock, ct);
        var id = FileId.New();
        var stored = await files.StoreAsync(command.WorkspaceId, id, command.Content, UploadFileCommand.MaxBytes, ct);
        var contentType = Path.GetExtension(command.Name).ToLowerInvariant() switch
        {
            ".csv" => "text/csv",
            ".duckdb" => "application/vnd.duckdb",
            _ => "application/vnd.apache.parquet",
        };
        var now = clock.GetUtcNow();
        var file = VaultFile.Upload(id, command.WorkspaceId, command.Name, contentType, stored.Size, stored.ContentHmac, uploader, now);
        await events.SaveAsync(file, ct);
        return new FileDto(id, command.WorkspaceId, command.Name, contentType, stored.Size, now);
    }
}
