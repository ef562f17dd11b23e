using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Contracts.FindSsoWorkspace;
using Deepnote.Application.Access.Contracts.GetMemberRole;
using Deepnote.Application.Access.Contracts.GetSsoSettings;
using Deepnote.Application.Access.Contracts.JoinThroughSso;
using Deepnote.Application.Behaviors;
using Deepnote.Application.Identity.Contracts;
using Deepnote.Application.Identity.Contracts.RegisterUser;
using Deepnote.Application.Identity.Ports;
using Deepnote.Application.Identity.Sessions;
using Deepnote.Application.Vault.Contracts.OpenSecret;
using Deepnote.Domain.Access.Workspaces.Domains;
using Deepnote.Domain.Identity.Users;
using Deepnote.Domain.Identity.Users.Events;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Identity.Sso.CompleteSso;

internal sealed class CompleteSsoCommandHandler(ISender sender, IEventStore events, ISsoStateStore states,
    IOidcClient oidc, IUserReader users, ISsoLinkReader links, AccountLog log, TimeProvider clock)
    : ICommandHandler<CompleteSsoCommand, SignInResult>
{
    public async ValueTask<SignInResult> Handle(CompleteSsoCommand command, CancellationToken ct)
    {
        var pending = await states.ConsumeAsync(command.State, command.BrowserBinding, ct);
        if (pending is null) return await FailAsync(SsoFailureCodes.Expired, null, "unknown, used or expired state", ct);
        var settings = await sender.Send(new GetSsoSettingsQuery(pending.WorkspaceId), ct);
        if (settings is null) return await FailAsync(SsoFailureCodes.Failed, null, "single sign-on is no longer configured", ct);

        OidcIdentity identity;
        try
        {
            identity = await RedeemAsync(settings, pending, command.Code, ct);
        }
        catch (SsoRejectedException ex)
        {
            return await FailAsync(ex.Unreachable ? SsoFailureCodes.Unavailable : SsoFailureCodes.Failed, null, ex.Reason, ct);
        }

        if (identity.Subject.Length == 0) return await FailAsync(SsoFailureCodes.Failed, null, "the ID token names no subject", ct);
        if (await links.FindUserAsync(settings.WorkspaceId, settings.Issuer, identity.Subject, ct) is { } linked)
        {
            // A link is the person's trust in this workspace's provider, for as long as they are a member there.
            return await sender.Send(new GetMemberRoleQuery(settings.WorkspaceId, linked), ct) is null
                ? await FailAsync(SsoFailureCodes.NotAllowed, linked, "the linked account is no longer a member", ct)
                : await log.StartSessionAsync(linked, "sso", ct);
        }

        if (pending.LinkUser is { } linking)
        {
            await LinkAsync(linking, settings, identity, ct);
            return await log.StartSessionAsync(linking, "sso", ct);
        }

        var email = EmailAddress.Normalize(identity.Email);
        if (!identity.EmailVerified) return await FailAsync(SsoFailureCodes.NotAllowed, null, "the provider has not verified this address", ct);
        var existing = await users.FindByEmailAsync(email, ct);
        var domain = DomainName.OfEmail(email);
        var owner = await sender.Send(new FindSsoWorkspaceQuery(domain), ct);
        if (owner?.WorkspaceId != settings.WorkspaceId)
        {
            // One answer whether or not an account exists, so that a provider cannot probe for addresses.
            return await FailAsync(SsoFailureCodes.NotAllowed, existing?.Id, existing is null
                ? $"the domain {domain} is not verified by this workspace"
                : $"the domain {domain} is not verified by this workspace, and an account exists (link it first)", ct);
        }

        var userId = existing?.Id ?? (await sender.Send(new RegisterUserCommand(email, null), ct)).UserId;
        await LinkAsync(userId, settings, identity, ct);
        await sender.Send(new JoinThroughSsoCommand(settings.WorkspaceId, userId, settings.DefaultRole), ct);
        return await log.StartSessionAsync(userId, "sso", ct);
    }

    private async Task<OidcIdentity> RedeemAsync(SsoSettingsDto settings, SsoPending pending, string code, CancellationToken ct)
    {
        using var secret = settings.ClientSecretId is { } secretId
            ? await sender.Send(new OpenSecretQuery(settings.WorkspaceId, SsoSettingsDto.SecretPurpose,
                settings.WorkspaceId.Value, secretId), ct)
            : null;
        return await oidc.RedeemAsync(settings.Issuer, settings.ClientId, secret?.Reveal(), new Uri(pending.RedirectUri),
            code, pending.CodeVerifier, pending.Nonce, ct);
    }

    private async Task LinkAsync(UserId userId, SsoSettingsDto settings, OidcIdentity identity, CancellationToken ct)
    {
        var user = await events.AggregateStreamAsync<User>(userId.Value, ct)
            ?? throw new InvalidOperationException($"User {userId} has no stream.");
        user.LinkSso(settings.WorkspaceId, settings.Issuer, identity.Subject, clock.GetUtcNow());
        await events.SaveAsync(user, ct);
        await log.ChangedAsync(userId, "sso_linked", ct);
    }

    /// <summary>Recorded as the <paramref name="account"/> concerned, when there is one the provider proved.</summary>
    private async Task<SignInResult> FailAsync(string code, UserId? account, string reason, CancellationToken ct)
    {
        await events.AppendAsync(SecurityStream.For(AuditChains.Platform, clock.GetUtcNow()), AuditChains.Platform, null,
            [new SignInFailed(null, "single sign-on: " + reason, clock.GetUtcNow(), account)], ct);
        return SignInResult.Refused(code);
    }
}
