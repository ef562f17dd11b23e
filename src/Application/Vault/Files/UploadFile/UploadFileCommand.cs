using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Vault.Files.UploadFile;

/// <summary>Stores a CSV or Parquet file of a workspace, encrypted, streamed (ADMIN and EDITOR).</summary>
public sealed record UploadFileCommand(WorkspaceId WorkspaceId, string Name, string ContentType, Stream Content)
    : ICommand<FileDto>, IAuthorizedRequest
{
    public const long MaxBytes = 100L * 1024 * 1024;

    public AccessRequirement RequiredAccess() =>
        AccessRequirement.WorkspaceRole(WorkspaceId, WorkspaceRole.Admin, WorkspaceRole.Editor);

    public override string ToString() => $"{nameof(UploadFileCommand)} {{ {WorkspaceId}, {Name} }}";
}
