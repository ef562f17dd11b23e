namespace Deepnote.Domain.SharedKernel;

public readonly record struct ApiTokenId(Guid Value) : IStronglyTypedId
{
    public static ApiTokenId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
