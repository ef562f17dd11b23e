namespace Deepnote.Domain.SharedKernel;

/// <summary>An e-mail address in the identity module's directory of personal data. Events name an address by this
/// id only, so that the address itself stays outside the immutable log and can be erased.</summary>
public readonly record struct AddressId(Guid Value) : IStronglyTypedId
{
    public static AddressId New() => new(Guid.CreateVersion7());

    public override string ToString() => Value.ToString();
}
