using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Identity.Contracts.FindAddress;

/// <summary>The directory's id for an address, or null when no event ever named it.</summary>
public sealed record FindAddressQuery(string Email) : IQuery<AddressId?>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;

    public override string ToString() => $"{nameof(FindAddressQuery)} {{ {Email.Length} characters }}";
}
