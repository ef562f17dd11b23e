using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Vault.Files.ListFiles;

public sealed record ListFilesQuery(WorkspaceId WorkspaceId, int? First, string? After) : IQuery<Page<FileDto>>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.WorkspaceRole(WorkspaceId, Domain.Access.WorkspaceRole.Admin, Domain.Access.WorkspaceRole.Editor);
}
