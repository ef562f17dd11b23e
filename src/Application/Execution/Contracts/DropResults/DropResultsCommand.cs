using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Execution.Contracts.DropResults;

/// <summary>Sign-out (every workspace) or removal from one workspace (<paramref name="WorkspaceId"/>): the user's running
/// queries on this node there are cancelled and their results dropped.</summary>
public sealed record DropResultsCommand(UserId UserId, WorkspaceId? WorkspaceId = null) : ICommand<int>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;
}
