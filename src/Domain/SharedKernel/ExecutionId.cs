namespace Deepnote.Domain.SharedKernel;

public readonly record struct ExecutionId(Guid Value) : IStronglyTypedId
{
    public static ExecutionId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
