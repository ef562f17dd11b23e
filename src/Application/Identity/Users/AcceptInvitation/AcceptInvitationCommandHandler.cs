using Deepnote.Application.Abstractions;
using Deepnote.Application.Common;
using Deepnote.Application.Identity.Contracts;
using Deepnote.Application.Identity.Ports;
using Deepnote.Application.Identity.Sessions.SignIn;
using Deepnote.Domain.Identity.Users;
using Mediator;

namespace Deepnote.Application.Identity.Users.AcceptInvitation;

internal sealed class AcceptInvitationCommandHandler(IEventStore events, IOneTimeTokenStore tokens,
    ICredentialStore credentials, IPasswordHasher hasher, ISessionStore sessions, TimeProvider clock)
    : ICommandHandler<AcceptInvitationCommand, SignInResult>
{
    public async ValueTask<SignInResult> Handle(AcceptInvitationCommand command, CancellationToken ct)
    {
        var issued = await tokens.ConsumeAsync(TokenPurposes.Invitation, command.Token, ct);
        if (issued?.User is not { } userId)
        {
            throw new NotFoundException("This invitation link is unknown, used or expired. Ask for a new one.");
        }

        var user = await events.AggregateStreamAsync<User>(userId.Value, ct)
            ?? throw new NotFoundException("The invited user no longer exists.");
        user.Activate(clock.GetUtcNow());
        await events.SaveAsync(user, ct);
        await credentials.SetPasswordHashAsync(userId, hasher.Hash(command.Password), ct);

        return await SignInCommandHandler.StartSessionAsync(events, sessions, userId, clock, ct);
    }
}
