using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Common.Authorization;

public sealed record OwnerOrRoleRequirement(WorkspaceId Workspace, UserId Owner, IReadOnlyList<WorkspaceRole> Roles,
    Guid? Resource = null) : AccessRequirement
{
    public override Guid? Target => Resource ?? Workspace.Value;
}
