using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Execution.Contracts.RecheckResults;

/// <summary>Access changed in a workspace (a grant revoked, a role lowered, a share lowered, a connection detached):
/// every run there (of <paramref name="UserId"/> only, when given) whose owner may no longer do what it did is
/// cancelled and its result dropped. Answers how many were.</summary>
public sealed record RecheckResultsCommand(WorkspaceId WorkspaceId, UserId? UserId = null) : ICommand<int>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;
}
