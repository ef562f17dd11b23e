using Deepnote.Application.Abstractions;
using Deepnote.Application.Identity.Ports;
using Mediator;

namespace Deepnote.Application.Identity.Contracts.MailInvitation;

internal sealed class MailInvitationCommandHandler(IUserReader users, IOneTimeTokenStore tokens, IMailer mailer,
    IPublicLinks links, TimeProvider clock) : ICommandHandler<MailInvitationCommand, Unit>
{
    public async ValueTask<Unit> Handle(MailInvitationCommand command, CancellationToken ct)
    {
        var place = command.ProjectName is null ? $"the workspace {command.WorkspaceName}"
            : $"the project {command.ProjectName} (workspace {command.WorkspaceName})";
        var by = command.InviterEmail is null ? "" : $" by {command.InviterEmail}";
        var until = $"The invitation expires on {command.ExpiresAt:yyyy-MM-dd HH:mm} UTC.";

        string body;
        if (await users.FindByEmailAsync(command.Email, ct) is not null)
        {
            body = $"You were invited{by} to join {place} on Deepnote.\n\nSign in and accept or decline it here:\n"
                + $"{links.To("/invitations")}\n\n{until}\n";
        }
        else
        {
            var token = await tokens.IssueAsync(TokenPurposes.Invitation,
                new OneTimeToken(null, command.InvitationId, command.Email), command.ExpiresAt - clock.GetUtcNow(), ct);
            body = $"You were invited{by} to join {place} on Deepnote.\n\nChoose a password to accept (the link works once):\n"
                + $"{links.To("/invite?token=" + Uri.EscapeDataString(token))}\n\n{until}\n"
                + "If you did not expect this, ignore this mail: nothing happens unless you follow the link.\n";
        }

        await mailer.SendAsync(new OutgoingMail(command.Email, $"Invitation to {command.WorkspaceName} on Deepnote", body), ct);
        return Unit.Value;
    }
}
