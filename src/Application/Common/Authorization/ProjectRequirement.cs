using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Common.Authorization;

public sealed record ProjectRequirement(ProjectId Project, ProjectAccess Minimum) : AccessRequirement
{
    public override Guid? Target => Project.Value;
}
