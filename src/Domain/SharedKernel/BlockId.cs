namespace Deepnote.Domain.SharedKernel;

public readonly record struct BlockId(Guid Value) : IStronglyTypedId
{
    public static BlockId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
