using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts.IsSsoEnforced;
using Deepnote.Application.Common.Validation;
using Deepnote.Application.Identity.Contracts;
using Deepnote.Application.Identity.Ports;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Identity.Sessions.SignIn;

internal sealed class SignInCommandHandler(ISender sender, IUserReader users, ICredentialStore credentials,
    IPasswordHasher hasher, ISignInThrottle throttle, AccountLog log, ICurrentActor actor)
    : ICommandHandler<SignInCommand, SignInResult>
{
    public async ValueTask<SignInResult> Handle(SignInCommand command, CancellationToken ct)
    {
        var email = EmailAddress.Normalize(StoredText.Storable(command.Email));
        if (!StoredText.IsStorable(command.Email))
        {
            await throttle.RecordFailureAsync(email, actor.IpAddress, ct);
            await log.FailedAsync(null, "invalid characters in the address", publish: false, ct);
            return SignInResult.Refused(SignInCommand.UnstorableEmail);
        }

        var found = await users.FindByEmailAsync(email, ct);
        if (await throttle.IsLimitedAsync(email, actor.IpAddress, ct))
        {
            await log.FailedAsync(found?.Id, "rate limited", publish: false, ct);
            return SignInResult.Limited;
        }

        var hash = found is null ? null : await credentials.GetPasswordHashAsync(found.Id, ct);

        // Verify even without a user, so that timing does not tell which addresses exist.
        if (!hasher.Verify(hash, command.Password) || found is null)
        {
            var reason = found is null ? "unknown address" : hash is null ? "no password set" : "wrong password";
            await throttle.RecordFailureAsync(email, actor.IpAddress, ct); // first, and kept even if the rest fails
            await log.FailedAsync(found?.Id, reason, publish: true, ct);
            return SignInResult.Failed;
        }

        if (await sender.Send(new IsSsoEnforcedQuery(found.Email), ct))
        {
            await log.FailedAsync(found.Id, "single sign-on is enforced", publish: true, ct);
            return SignInResult.Failed;
        }

        await throttle.ClearAsync(email, ct);
        return await log.StartSessionAsync(found.Id, "password", ct);
    }
}
