namespace Deepnote.Domain.SharedKernel;

public readonly record struct WorkspaceId(Guid Value) : IStronglyTypedId
{
    public static WorkspaceId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
