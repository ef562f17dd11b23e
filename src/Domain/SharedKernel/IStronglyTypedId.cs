namespace Deepnote.Domain.SharedKernel;

public interface IStronglyTypedId
{
    Guid Value { get; }
}
