using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Contracts.CreateWorkspaceForOwner;

/// <summary>Creates a workspace whose first ADMIN is <paramref name="Owner"/> (used by the first set-up).</summary>
public sealed record CreateWorkspaceForOwnerCommand(string Name, UserId Owner) : ICommand<WorkspaceId>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;
}
