using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Common.Authorization;

public sealed record ProjectRunRequirement(ProjectId Project, BlockId? Block, ConnectionId? Connection,
    ProjectAccess Minimum) : AccessRequirement
{
    public override Guid? Target => Project.Value;
}
