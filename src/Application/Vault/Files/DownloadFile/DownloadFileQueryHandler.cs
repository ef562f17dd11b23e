using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Application.Vault.Ports;
using Deepnote.Domain.SharedKernel;
using Mediator;
using Deepnote.Application.Vault.Contracts.FindFilesNamedIn;
using Deepnote.Application.Vault.Contracts.GetConnectionProfile;
using Deepnote.Application.Vault.Contracts.OpenBlob;
using Deepnote.Application.Vault.Contracts.OpenQueryFiles;
using Deepnote.Application.Vault.Contracts.OpenSecret;
using Deepnote.Application.Vault.Contracts.SealBlob;
using Deepnote.Application.Vault.Contracts.SealSecret;
using Deepnote.Application.Vault.Contracts.UnwrapCredentials;

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
