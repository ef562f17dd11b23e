namespace Deepnote.Domain.SharedKernel;

public readonly record struct FileId(Guid Value) : IStronglyTypedId
{
    public static FileId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
