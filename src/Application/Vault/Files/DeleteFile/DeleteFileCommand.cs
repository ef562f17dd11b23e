using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Vault.Files.DeleteFile;

/// <summary>Deletes an uploaded file for good (ADMIN and EDITOR, as uploading): its chunks and data key are destroyed.</summary>
public sealed record DeleteFileCommand(FileId FileId) : ICommand<FileId>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.OnFile(FileId);
}
