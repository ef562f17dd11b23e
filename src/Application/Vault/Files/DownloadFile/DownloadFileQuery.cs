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

/// <summary>Writes a file, decrypted, to <paramref name="Output"/> for a member of its workspace.</summary>
/// <remarks><paramref name="OnFound"/> runs before the first byte is written (to set response headers).</remarks>
public sealed record DownloadFileQuery(FileId FileId, Stream Output, Action<FileDto> OnFound)
    : IQuery<FileDto>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.OnFile(FileId);
}
