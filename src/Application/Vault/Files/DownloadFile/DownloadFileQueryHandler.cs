using Deepnote.Application.Common;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Application.Vault.Ports;
using Mediator;

namespace Deepnote.Application.Vault.Files.DownloadFile;

internal sealed class DownloadFileQueryHandler(IFileVault files) : IQueryHandler<DownloadFileQuery, FileDto>
{
    public async ValueTask<FileDto> Handle(DownloadFileQuery query, CancellationToken ct)
    {
        var file = await files.GetAsync(query.FileId, ct);
        if (file is null) throw new NotFoundException($"File {query.FileId} was not found.");
        query.OnFound(file);
        await files.CopyToAsync(file.WorkspaceId, query.FileId, query.Output, ct);
        return file;
    }
}
