using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts.IsSsoEnforced;
using Deepnote.Application.Common;
using Deepnote.Application.Identity.Contracts;
using Deepnote.Application.Identity.Ports;
using Deepnote.Application.Identity.Sessions;
using Deepnote.Domain.Identity.Users;
using Mediator;

namespace Deepnote.Application.Identity.Users.ResetPassword;

internal sealed class ResetPasswordCommandHandler(ISender sender, IEventStore events, IUserReader users, IOneTimeTokenStore tokens,
    ICredentialStore credentials, IPasswordHasher hasher, ISessionStore sessions, ISignInThrottle throttle,
    AccountLog log, TimeProvider clock) : ICommandHandler<ResetPasswordCommand, SignInResult>
{
    public async ValueTask<SignInResult> Handle(ResetPasswordCommand command, CancellationToken ct)
    {
        var issued = await tokens.ConsumeAsync(TokenPurposes.PasswordReset, command.Token, ct);
        var user = issued?.User is { } id ? await events.AggregateStreamAsync<User>(id.Value, ct) : null;
        var email = user is null ? null : (await users.GetAsync(user.Id, ct))?.Email;
        if (user is null || email is null || await sender.Send(new IsSsoEnforcedQuery(email), ct))
        {
            throw new NotFoundException("This reset link is unknown, used or expired. Ask for a new one.");
        }

        user.RecordPasswordReset(clock.GetUtcNow());
        await events.SaveAsync(user, ct);
        await credentials.SetPasswordHashAsync(user.Id, hasher.Hash(command.Password), ct);
        await sessions.RevokeAllAsync(user.Id, ct);
        await tokens.RevokeAllAsync(TokenPurposes.PasswordReset, user.Id, ct);
        await throttle.ClearAsync(email, ct);
        await log.ChangedAsync(user.Id, "password_reset", ct);
        return new SignInResult(user.Id, await sessions.CreateAsync(user.Id, ct));
    }
}
