using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Identity.Contracts;
using Deepnote.Application.Identity.Ports;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using FluentValidation;
using Mediator;

namespace Deepnote.Application.Identity.ApiTokens;

/// <summary>Tokens of a workspace: an ADMIN sees all, anyone else their own.</summary>
public sealed record ListApiTokensQuery(WorkspaceId WorkspaceId, int? First, string? After)
    : IQuery<Page<ApiTokenDto>>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.WorkspaceMember(WorkspaceId);
}
