using Deepnote.Application.Access.Contracts.AcceptInvitationFor;
using Deepnote.Application.Common;
using Deepnote.Application.Identity.Contracts;
using Deepnote.Application.Identity.Contracts.RegisterUser;
using Deepnote.Application.Identity.Ports;
using Deepnote.Application.Identity.Sessions;
using Mediator;

namespace Deepnote.Application.Identity.Users.AcceptInvitation;

internal sealed class AcceptInvitationCommandHandler(ISender sender, IOneTimeTokenStore tokens, IUserReader users,
    AccountLog log) : ICommandHandler<AcceptInvitationCommand, SignInResult>
{
    public async ValueTask<SignInResult> Handle(AcceptInvitationCommand command, CancellationToken ct)
    {
        var issued = await tokens.ConsumeAsync(TokenPurposes.Invitation, command.Token, ct);
        if (issued is not { Subject: { } invitation, Email: { } email })
        {
            throw new NotFoundException("This invitation link is unknown, used or expired. Ask for a new one.");
        }

        // An account made since the mail was sent proves its address by signing in, not by this link.
        if (await users.FindByEmailAsync(email, ct) is not null)
        {
            throw new EmailTakenException(email);
        }

        await SsoOnlyAddress.RefuseAsync(sender, email, ct);
        var registered = await sender.Send(new RegisterUserCommand(email, command.Password), ct);
        await sender.Send(new AcceptInvitationForCommand(invitation, registered.UserId, email), ct);
        return await log.StartSessionAsync(registered.UserId, "invitation link", ct);
    }
}
