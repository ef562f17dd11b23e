using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Identity.Contracts.RevokeWorkspaceTokens;

/// <summary>A member left a workspace: every API token they hold for it is revoked for good (a re-invitation starts
/// without them). Their tokens for other workspaces are untouched.</summary>
public sealed record RevokeWorkspaceTokensCommand(WorkspaceId WorkspaceId, UserId Owner, UserId RevokedBy) : ICommand<int>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;
}
