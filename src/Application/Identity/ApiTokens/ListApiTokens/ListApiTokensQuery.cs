using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Identity.Contracts;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Identity.ApiTokens.ListApiTokens;

/// <summary>Tokens of a workspace: an ADMIN sees all, anyone else their own.</summary>
public sealed record ListApiTokensQuery(WorkspaceId WorkspaceId, int? First, string? After)
    : IQuery<Page<ApiTokenDto>>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.WorkspaceMember(WorkspaceId);
}
