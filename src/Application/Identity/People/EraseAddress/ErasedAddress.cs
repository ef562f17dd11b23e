using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Identity.People.EraseAddress;

/// <summary>What an erasure did: the address's id (as events name it) and the identity module's rows it removed
/// (directory, pending links, sign-in failures and back-off, mail counts). Invitations name the address by id and
/// resolve it from the directory, so they have nothing to remove.</summary>
public sealed record ErasedAddress(AddressId AddressId, int RowsScrubbed);
