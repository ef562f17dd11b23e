using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Application.Vault.Keys;
using Deepnote.Application.Vault.Ports;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Deepnote.Domain.Vault.Files;
using FluentValidation;
using Mediator;
using Deepnote.Application.Vault.Contracts.FindFilesNamedIn;
using Deepnote.Application.Vault.Contracts.GetConnectionProfile;
using Deepnote.Application.Vault.Contracts.OpenBlob;
using Deepnote.Application.Vault.Contracts.OpenQueryFiles;
using Deepnote.Application.Vault.Contracts.OpenSecret;
using Deepnote.Application.Vault.Contracts.SealBlob;
using Deepnote.Application.Vault.Contracts.SealSecret;
using Deepnote.Application.Vault.Contracts.UnwrapCredentials;

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
        var contentType = Path.GetExtension(command.Name).Equals(".csv", StringComparison.OrdinalIgnoreCase)
            ? "text/csv"
            : "application/vnd.apache.parquet";
        var now = clock.GetUtcNow();
        var file = VaultFile.Upload(id, command.WorkspaceId, command.Name, contentType, stored.Size, stored.Sha256, uploader, now);
        await events.SaveAsync(file, ct);
        return new FileDto(id, command.WorkspaceId, command.Name, contentType, stored.Size, now);
    }
}
