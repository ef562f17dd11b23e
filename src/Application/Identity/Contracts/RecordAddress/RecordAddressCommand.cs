using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Identity.Contracts.RecordAddress;

/// <summary>The directory's id for an address another module is about to name in an event (an invitation), recording
/// the address if it is new.</summary>
public sealed record RecordAddressCommand(string Email) : ICommand<AddressId>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;

    public override string ToString() => $"{nameof(RecordAddressCommand)} {{ {Email.Length} characters }}";
}
