using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Contracts.GetMyRole;

/// <summary>The signed-in actor's role in a workspace, or null when they are not a member.</summary>
public sealed record GetMyRoleQuery(WorkspaceId WorkspaceId) : IQuery<WorkspaceRole?>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;
}
