using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Identity.People.EraseAddress;

/// <summary>An account's address is how its owner signs in and is reached: it goes when the account is closed, not
/// on its own.</summary>
public sealed class AddressHasAccountException()
    : DomainException("This address belongs to an account; close the account to erase it.", DomainErrorKind.Conflict);
