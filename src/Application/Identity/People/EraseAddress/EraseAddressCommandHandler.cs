using Deepnote.Application.Abstractions;
using Deepnote.Application.Behaviors;
using Deepnote.Application.Common;
using Deepnote.Application.Identity.Ports;
using Deepnote.Domain.Identity.Users.Events;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Identity.People.EraseAddress;

internal sealed class EraseAddressCommandHandler(IEventStore events, IAddressDirectory directory, IUserReader users,
    TimeProvider clock) : ICommandHandler<EraseAddressCommand, ErasedAddress>
{
    public async ValueTask<ErasedAddress> Handle(EraseAddressCommand command, CancellationToken ct)
    {
        var email = EmailAddress.Normalize(command.Email);
        var address = await directory.FindAsync(email, ct) ?? throw new NotFoundException("No event names this address.");
        if (await users.FindByEmailAsync(email, ct) is not null) throw new AddressHasAccountException();

        var now = clock.GetUtcNow();
        await events.AppendAsync(SecurityStream.For(AuditChains.Platform, now), AuditChains.Platform, null,
            [new AddressErased(address, now)], ct);
        return new ErasedAddress(address, await directory.EraseAsync(address, email, ct));
    }
}
