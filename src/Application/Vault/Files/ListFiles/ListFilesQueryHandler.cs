using Deepnote.Application.Common;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Application.Vault.Ports;
using Mediator;

namespace Deepnote.Application.Vault.Files.ListFiles;

internal sealed class ListFilesQueryHandler(IFileVault files) : IQueryHandler<ListFilesQuery, Page<FileDto>>
{
    public async ValueTask<Page<FileDto>> Handle(ListFilesQuery query, CancellationToken ct)
    {
        Paging.TryDecodeCursor(query.After, Paging.OffsetCursor, out var offset);
        return await files.ListAsync(query.WorkspaceId, Paging.Size(query.First), offset, ct);
    }
}
