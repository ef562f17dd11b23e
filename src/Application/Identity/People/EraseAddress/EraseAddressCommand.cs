using Deepnote.Application.Common.Authorization;
using Mediator;

namespace Deepnote.Application.Identity.People.EraseAddress;

/// <summary>The operator's <c>./deepnote erase-address</c>: removes an address without an account (an invitee who
/// never joined, say) from the directory and from every table that copied it, and records that it was erased. The
/// log keeps only the address's id, so its chains still verify.</summary>
public sealed record EraseAddressCommand(string Email) : ICommand<ErasedAddress>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.System;

    public override string ToString() => $"{nameof(EraseAddressCommand)} {{ {Email.Length} characters }}";
}
