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

/// <summary>Stores a CSV or Parquet file of a workspace, encrypted, streamed (ADMIN and EDITOR).</summary>
public sealed record UploadFileCommand(WorkspaceId WorkspaceId, string Name, string ContentType, Stream Content)
    : ICommand<FileDto>, IAuthorizedRequest
{
    public const long MaxBytes = 100L * 1024 * 1024;

    public AccessRequirement RequiredAccess() =>
        AccessRequirement.WorkspaceRole(WorkspaceId, WorkspaceRole.Admin, WorkspaceRole.Editor);

    public override string ToString() => $"{nameof(UploadFileCommand)} {{ {WorkspaceId}, {Name} }}";
}
