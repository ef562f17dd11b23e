using Deepnote.Application.Identity.Ports;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Identity.Contracts.RecordAddress;

internal sealed class RecordAddressCommandHandler(IAddressDirectory directory) : ICommandHandler<RecordAddressCommand, AddressId>
{
    public async ValueTask<AddressId> Handle(RecordAddressCommand command, CancellationToken ct) =>
        await directory.RecordAsync(EmailAddress.Normalize(command.Email), ct);
}
