using Deepnote.Application.Abstractions;
using Deepnote.Application.Behaviors;
using Deepnote.Application.Identity.Contracts;
using Deepnote.Application.Identity.Ports;
using Deepnote.Domain.Identity.Users.Events;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Identity.Users.SignUp;

internal sealed class SignUpCommandHandler(IEventStore events, IUserReader users, IOneTimeTokenStore tokens, IMailer mailer,
    IMailQuota quota, IPublicLinks links, TimeProvider clock) : ICommandHandler<SignUpCommand, string>
{
    internal static readonly TimeSpan LinkLifetime = TimeSpan.FromDays(1);

    public async ValueTask<string> Handle(SignUpCommand command, CancellationToken ct)
    {
        var email = EmailAddress.Normalize(command.Email);
        if (!await quota.TryTakeAsync(email, TokenPurposes.SignUp, ct)) return email; // the same answer, no more mail
        var existing = await users.FindByEmailAsync(email, ct);
        await events.AppendAsync(SecurityStream.For(AuditChains.Platform, clock.GetUtcNow()), AuditChains.Platform, null,
            [new SignUpRequested(null, clock.GetUtcNow(), existing?.Id)], ct);

        string body;
        if (existing is not null)
        {
            body = "Someone (maybe you) asked to create a Deepnote account for this address, but it already has one.\n\n"
                + $"Sign in: {links.To("/signin")}\nForgot your password? {links.To("/forgot-password")}\n";
        }
        else
        {
            var token = await tokens.IssueAsync(TokenPurposes.SignUp, new OneTimeToken(null, null, email), LinkLifetime, ct);
            body = "Choose a password to create your Deepnote account (the link works once, for 24 hours):\n"
                + $"{links.To("/signup?token=" + Uri.EscapeDataString(token))}\n\n"
                + "If you did not ask for this, ignore this mail: no account is created.\n";
        }

        await mailer.SendAsync(new OutgoingMail(email, "Your Deepnote account", body), ct);
        return email;
    }
}
