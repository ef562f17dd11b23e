using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Vault.Files.DownloadFile;

/// <summary>Writes a file, decrypted, to <paramref name="Output"/> for a member of its workspace.</summary>
/// <remarks><paramref name="OnFound"/> runs before the first byte is written (to set response headers).</remarks>
public sealed record DownloadFileQuery(FileId FileId, Stream Output, Action<FileDto> OnFound)
    : IQuery<FileDto>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.OnFile(FileId);
}
