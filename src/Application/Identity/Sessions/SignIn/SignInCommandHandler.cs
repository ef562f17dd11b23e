using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts.IsSsoEnforced;
using Deepnote.Application.Behaviors;
using Deepnote.Application.Common.Validation;
using Deepnote.Application.Identity.Contracts;
using Deepnote.Application.Identity.Ports;
using Deepnote.Domain.Identity.Users;
using Deepnote.Domain.Identity.Users.Events;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Identity.Sessions.SignIn;

internal sealed class SignInCommandHandler(ISender sender, IEventStore events, IUserReader users, ICredentialStore credentials,
    IPasswordHasher hasher, ISessionStore sessions, ISignInThrottle throttle, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<SignInCommand, SignInResult>
{
    public async ValueTask<SignInResult> Handle(SignInCommand command, CancellationToken ct)
    {
        var email = EmailAddress.Normalize(StoredText.Storable(command.Email));
        if (!StoredText.IsStorable(command.Email))
        {
            await RecordFailureAsync(email, "invalid characters in the address", ct);
            await throttle.RecordFailureAsync(email, actor.IpAddress, ct);
            return SignInResult.Refused(SignInCommand.UnstorableEmail);
        }

        if (await throttle.IsLimitedAsync(email, actor.IpAddress, ct))
        {
            await RecordFailureAsync(email, "rate limited", ct);
            return SignInResult.Limited;
        }

        var found = await users.FindByEmailAsync(email, ct);
        var hash = found is null ? null : await credentials.GetPasswordHashAsync(found.Id, ct);

        // Verify even without a user, so that timing does not tell which addresses exist.
        if (!hasher.Verify(hash, command.Password) || found is null)
        {
            var reason = found is null ? "unknown address" : hash is null ? "no password set" : "wrong password";
            await RecordFailureAsync(email, reason, ct);
            await throttle.RecordFailureAsync(email, actor.IpAddress, ct);
            return SignInResult.Failed;
        }

        if (await sender.Send(new IsSsoEnforcedQuery(found.Email), ct))
        {
            await RecordFailureAsync(email, "single sign-on is enforced", ct);
            return SignInResult.Failed;
        }

        await throttle.ClearAsync(email, ct);
        return await StartSessionAsync(events, sessions, found.Id, clock, ct);
    }

    private Task RecordFailureAsync(string email, string reason, CancellationToken ct) =>
        events.AppendAsync(SecurityStream.For(AuditChains.Platform), AuditChains.Platform, null,
            [new SignInFailed(email, reason, clock.GetUtcNow())], ct);

    /// <summary>Records the sign-in on the user's stream and opens a session; shared by every way in.</summary>
    internal static async Task<SignInResult> StartSessionAsync(IEventStore events, ISessionStore sessions,
        UserId userId, TimeProvider clock, CancellationToken ct)
    {
        var user = await events.AggregateStreamAsync<User>(userId.Value, ct)
            ?? throw new InvalidOperationException($"User {userId} has no stream.");
        user.RecordSignIn(clock.GetUtcNow());
        await events.SaveAsync(user, ct);
        return new SignInResult(userId, await sessions.CreateAsync(userId, ct));
    }
}
