using Deepnote.Application.Identity.Ports;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Identity.Contracts.FindAddress;

internal sealed class FindAddressQueryHandler(IAddressDirectory directory) : IQueryHandler<FindAddressQuery, AddressId?>
{
    public async ValueTask<AddressId?> Handle(FindAddressQuery query, CancellationToken ct) =>
        await directory.FindAsync(EmailAddress.Normalize(query.Email), ct);
}
