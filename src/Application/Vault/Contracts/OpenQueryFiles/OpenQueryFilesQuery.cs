using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Vault.Contracts.OpenQueryFiles;

/// <summary>Decrypts the uploaded CSV and Parquet files a query reads, each into anonymous memory (RAM only) that
/// lives until the returned <see cref="OpenedQueryFiles"/> is disposed.</summary>
public sealed record OpenQueryFilesQuery(WorkspaceId WorkspaceId, IReadOnlyList<FileDto> Files) : IQuery<OpenedQueryFiles>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;
}
