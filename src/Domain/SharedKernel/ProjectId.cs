namespace Deepnote.Domain.SharedKernel;

public readonly record struct ProjectId(Guid Value) : IStronglyTypedId
{
    public static ProjectId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
