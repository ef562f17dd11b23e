using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Execution.Contracts.DropResults;

/// <summary>Sign-out (<paramref name="UserId"/> everywhere), removal from a workspace (both) or the workspace key
/// destroyed (<paramref name="WorkspaceId"/> alone): those running queries are cancelled and those results dropped.</summary>
public sealed record DropResultsCommand(UserId? UserId, WorkspaceId? WorkspaceId = null) : ICommand<int>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;
}
