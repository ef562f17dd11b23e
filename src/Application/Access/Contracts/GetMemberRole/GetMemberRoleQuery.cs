using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Contracts.GetMemberRole;

/// <summary>A person's role in a workspace, or null when they are not a member.</summary>
public sealed record GetMemberRoleQuery(WorkspaceId WorkspaceId, UserId UserId) : IQuery<WorkspaceRole?>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;
}
