using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Contracts.GetSsoSettings;
using Deepnote.Application.Access.Contracts.JoinThroughSso;
using Deepnote.Application.Behaviors;
using Deepnote.Application.Identity.Contracts;
using Deepnote.Application.Identity.Contracts.RegisterUser;
using Deepnote.Application.Identity.Ports;
using Deepnote.Application.Identity.Sessions.SignIn;
using Deepnote.Application.Vault.Contracts.OpenSecret;
using Deepnote.Domain.Identity.Users.Events;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Identity.Sso.CompleteSso;

internal sealed class CompleteSsoCommandHandler(ISender sender, IEventStore events, ISsoStateStore states,
    IOidcClient oidc, IUserReader users, ISessionStore sessions, TimeProvider clock)
    : ICommandHandler<CompleteSsoCommand, SignInResult>
{
    public async ValueTask<SignInResult> Handle(CompleteSsoCommand command, CancellationToken ct)
    {
        var pending = await states.ConsumeAsync(command.State, ct);
        if (pending is null) return await FailAsync("sso", "unknown, used or expired state", ct);
        var settings = await sender.Send(new GetSsoSettingsQuery(pending.WorkspaceId), ct);
        if (settings is null) return await FailAsync("sso", "single sign-on is no longer configured", ct);

        OidcIdentity identity;
        try
        {
            using var secret = settings.ClientSecretId is { } secretId
                ? await sender.Send(new OpenSecretQuery(settings.WorkspaceId, SsoSettingsDto.SecretPurpose,
                    settings.WorkspaceId.Value, secretId), ct)
                : null;
            identity = await oidc.RedeemAsync(settings.Issuer, settings.ClientId, secret?.Reveal(), new Uri(pending.RedirectUri),
                command.Code, pending.CodeVerifier, pending.Nonce, ct);
        }
        catch (SsoRejectedException ex)
        {
            return await FailAsync("sso", ex.Reason, ct);
        }

        var email = EmailAddress.Normalize(identity.Email);
        var domain = email[(email.IndexOf('@') + 1)..];
        if (!identity.EmailVerified) return await FailAsync(email, "the provider has not verified this address", ct);
        if (!settings.AllowedDomains.Contains(domain)) return await FailAsync(email, $"the domain {domain} is not allowed", ct);

        var user = await users.FindByEmailAsync(email, ct);
        var userId = user?.Id ?? (await sender.Send(new RegisterUserCommand(email, null, Invite: false), ct)).UserId;
        await sender.Send(new JoinThroughSsoCommand(settings.WorkspaceId, userId, settings.DefaultRole), ct);
        return await SignInCommandHandler.StartSessionAsync(events, sessions, userId, clock, ct);
    }

    private async Task<SignInResult> FailAsync(string who, string reason, CancellationToken ct)
    {
        await events.AppendAsync(SecurityStream.For(AuditChains.Platform), AuditChains.Platform, null,
            [new SignInFailed(who, "single sign-on: " + reason, clock.GetUtcNow())], ct);
        return SignInResult.Failed;
    }
}
