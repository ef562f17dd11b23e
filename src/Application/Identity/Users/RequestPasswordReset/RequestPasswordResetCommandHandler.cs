using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts.IsSsoEnforced;
using Deepnote.Application.Behaviors;
using Deepnote.Application.Identity.Contracts;
using Deepnote.Application.Identity.Ports;
using Deepnote.Domain.Identity.Users.Events;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Identity.Users.RequestPasswordReset;

internal sealed class RequestPasswordResetCommandHandler(ISender sender, IEventStore events, IUserReader users,
    IOneTimeTokenStore tokens, IMailer mailer, IMailQuota quota, IPublicLinks links, TimeProvider clock)
    : ICommandHandler<RequestPasswordResetCommand, string>
{
    internal static readonly TimeSpan LinkLifetime = TimeSpan.FromMinutes(30);

    public async ValueTask<string> Handle(RequestPasswordResetCommand command, CancellationToken ct)
    {
        var email = EmailAddress.Normalize(command.Email);
        if (!await quota.TryTakeAsync(email, TokenPurposes.PasswordReset, ct)) return email; // the same answer, no more mail
        var user = await users.FindByEmailAsync(email, ct);
        await events.AppendAsync(SecurityStream.For(AuditChains.Platform, clock.GetUtcNow()), AuditChains.Platform, null,
            [new PasswordResetRequested(null, clock.GetUtcNow(), user?.Id)], ct);

        if (user is null || await sender.Send(new IsSsoEnforcedQuery(email), ct)) return email;

        var token = await tokens.IssueAsync(TokenPurposes.PasswordReset, new OneTimeToken(user.Id), LinkLifetime, ct);
        await mailer.SendAsync(new OutgoingMail(email, "Reset your Deepnote password",
            "Choose a new password (the link works once, for 30 minutes; every signed-in browser is signed out):\n"
            + $"{links.To("/reset-password?token=" + Uri.EscapeDataString(token))}\n\n"
            + "If you did not ask for this, ignore this mail: your password stays as it is.\n"), ct);
        return email;
    }
}
