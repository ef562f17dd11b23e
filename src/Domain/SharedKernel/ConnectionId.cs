namespace Deepnote.Domain.SharedKernel;

public readonly record struct ConnectionId(Guid Value) : IStronglyTypedId
{
    public static ConnectionId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
