using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Application.Identity.Contracts;
using Deepnote.Application.Identity.Ports;
using Deepnote.Application.Identity.Sessions;
using Deepnote.Domain.Identity.Users;
using Mediator;

namespace Deepnote.Application.Identity.Users.ChangePassword;

/// <summary>The current password is checked like a sign-in: throttled by the same back-off and address window, and
/// a wrong one is a recorded failed sign-in (a result, not an exception, so that the record commits).</summary>
internal sealed class ChangePasswordCommandHandler(IEventStore events, IUserReader users, ICredentialStore credentials, IPasswordHasher hasher,
    ISessionStore sessions, ISignInThrottle throttle, AccountLog log, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<ChangePasswordCommand, SignInResult>
{
    public async ValueTask<SignInResult> Handle(ChangePasswordCommand command, CancellationToken ct)
    {
        var userId = actor.RequireUser();
        var user = await events.AggregateStreamAsync<User>(userId.Value, ct) ?? throw new UnauthenticatedException();
        var email = (await users.GetAsync(userId, ct) ?? throw new UnauthenticatedException()).Email;
        if (await throttle.IsLimitedAsync(email, actor.IpAddress, ct))
        {
            await log.FailedAsync(userId, "rate limited (change password)", publish: false, ct);
            return SignInResult.Limited;
        }

        if (!hasher.Verify(await credentials.GetPasswordHashAsync(userId, ct), command.CurrentPassword))
        {
            await throttle.RecordFailureAsync(email, actor.IpAddress, ct); // first, and kept even if the rest fails
            await log.FailedAsync(userId, "wrong current password (change password)", publish: true, ct);
            return SignInResult.Refused(ChangePasswordCommand.WrongCurrentPassword);
        }

        user.RecordPasswordChange(clock.GetUtcNow());
        await events.SaveAsync(user, ct);
        await credentials.SetPasswordHashAsync(userId, hasher.Hash(command.NewPassword), ct);
        await throttle.ClearAsync(email, ct);
        await log.ChangedAsync(userId, "password_changed", ct);
        await sessions.RevokeAllAsync(userId, ct);
        return new SignInResult(userId, await sessions.CreateAsync(userId, ct));
    }
}
