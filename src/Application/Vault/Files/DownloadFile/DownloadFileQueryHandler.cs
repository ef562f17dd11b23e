using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Application.Vault.Ports;
using Deepnote.Domain.Vault.Files.Events;
using Mediator;

namespace Deepnote.Application.Vault.Files.DownloadFile;

/// <summary>Streams a file after recording the download in its workspace's chain (fail closed: no record, no bytes).</summary>
internal sealed class DownloadFileQueryHandler(IFileVault files, IEventStore events, ICurrentActor actor, TimeProvider clock)
    : IQueryHandler<DownloadFileQuery, FileDto>
{
    public async ValueTask<FileDto> Handle(DownloadFileQuery query, CancellationToken ct)
    {
        var file = await files.GetAsync(query.FileId, ct);
        if (file is null) throw new NotFoundException("This file was not found, or you cannot see it.");
        await events.AppendStandaloneAsync(query.FileId.Value, file.WorkspaceId.Value,
            new FileDownloaded(query.FileId, file.WorkspaceId, actor.RequireUser(), clock.GetUtcNow()), ct);
        query.OnFound(file);
        await files.CopyToAsync(file.WorkspaceId, query.FileId, query.Output, ct);
        return file;
    }
}
