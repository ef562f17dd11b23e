using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Common.Authorization;

public sealed record WorkspaceRoleRequirement(WorkspaceId Workspace, IReadOnlyList<WorkspaceRole> Roles)
    : AccessRequirement
{
    public override Guid? Target => Workspace.Value;
}
