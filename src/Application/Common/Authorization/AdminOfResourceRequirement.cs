namespace Deepnote.Application.Common.Authorization;

public sealed record AdminOfResourceRequirement(Guid Resource) : AccessRequirement
{
    public override Guid? Target => Resource;
}
