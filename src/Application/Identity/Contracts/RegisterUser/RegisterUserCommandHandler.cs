using Deepnote.Application.Abstractions;
using Deepnote.Application.Identity.Ports;
using Deepnote.Domain.Identity.Users;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Identity.Contracts.RegisterUser;

internal sealed class RegisterUserCommandHandler(IEventStore events, IUserReader users, IAddressDirectory directory,
    ICredentialStore credentials,
    IPasswordHasher hasher, TimeProvider clock) : ICommandHandler<RegisterUserCommand, RegisteredUser>
{
    public async ValueTask<RegisteredUser> Handle(RegisterUserCommand command, CancellationToken ct)
    {
        var email = EmailAddress.Normalize(command.Email);
        if (await users.FindByEmailAsync(email, ct) is not null) throw new EmailTakenException(email);

        var user = User.Register(await directory.RecordAsync(email, ct), activated: true, clock.GetUtcNow());
        await events.SaveAsync(user, ct);
        if (command.Password is not null)
        {
            await credentials.SetPasswordHashAsync(user.Id, hasher.Hash(command.Password), ct);
        }

        return new RegisteredUser(user.Id);
    }
}
