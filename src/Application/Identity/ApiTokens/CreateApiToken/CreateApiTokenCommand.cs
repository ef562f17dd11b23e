using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Identity.Contracts;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Identity.ApiTokens.CreateApiToken;

/// <summary>Any member makes tokens for themselves in a workspace; a token acts as its owner with the owner's
/// current role there, and nowhere else.</summary>
public sealed record CreateApiTokenCommand(WorkspaceId WorkspaceId, string Name, int ExpiresInDays)
    : ICommand<CreatedApiToken>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.WorkspaceMember(WorkspaceId);
}
