using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Application.Identity.Contracts;
using Deepnote.Application.Identity.Ports;
using Deepnote.Domain.Identity.Users;
using Mediator;

namespace Deepnote.Application.Identity.Users.ChangePassword;

internal sealed class ChangePasswordCommandHandler(IEventStore events, ICredentialStore credentials, IPasswordHasher hasher,
    ISessionStore sessions, ICurrentActor actor, TimeProvider clock) : ICommandHandler<ChangePasswordCommand, SignInResult>
{
    public async ValueTask<SignInResult> Handle(ChangePasswordCommand command, CancellationToken ct)
    {
        var userId = actor.RequireUser();
        if (!hasher.Verify(await credentials.GetPasswordHashAsync(userId, ct), command.CurrentPassword))
        {
            throw new RequestValidationException([new FieldError("currentPassword", "This is not your current password.")]);
        }

        var user = await events.AggregateStreamAsync<User>(userId.Value, ct) ?? throw new UnauthenticatedException();
        user.RecordPasswordChange(clock.GetUtcNow());
        await events.SaveAsync(user, ct);
        await credentials.SetPasswordHashAsync(userId, hasher.Hash(command.NewPassword), ct);
        await sessions.RevokeAllAsync(userId, ct);
        return new SignInResult(userId, await sessions.CreateAsync(userId, ct));
    }
}
