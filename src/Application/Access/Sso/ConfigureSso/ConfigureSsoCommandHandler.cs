using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Contracts.GetSsoSettings;
using Deepnote.Application.Common;
using Deepnote.Application.Identity.Contracts.ValidateSsoIssuer;
using Deepnote.Application.Vault.Contracts.SealSecret;
using Deepnote.Domain.Access.Workspaces;
using Deepnote.Domain.Access.Workspaces.Domains;
using Mediator;

namespace Deepnote.Application.Access.Sso.ConfigureSso;

internal sealed class ConfigureSsoCommandHandler(ISender sender, IEventStore events, TimeProvider clock)
    : ICommandHandler<ConfigureSsoCommand, bool>
{
    public async ValueTask<bool> Handle(ConfigureSsoCommand command, CancellationToken ct)
    {
        var workspace = await events.LoadAsync<Workspace>(command.WorkspaceId, ct);
        var verified = workspace.Domains.Where(d => d.Verified).Select(d => d.Domain).ToHashSet();
        var allowed = command.AllowedDomains.Select(DomainName.Normalize).Distinct().ToList();
        if (allowed.FirstOrDefault(d => !verified.Contains(d)) is { } unverified)
        {
            throw new RequestValidationException([new FieldError("allowedDomains",
                $"Verify {unverified} first: single sign-on covers only domains this workspace proved it owns.")]);
        }

        var issuer = command.Issuer.TrimEnd('/');
        await sender.Send(new ValidateSsoIssuerCommand(issuer), ct);
        var current = await sender.Send(new GetSsoSettingsQuery(command.WorkspaceId), ct);
        var secretId = string.IsNullOrEmpty(command.ClientSecret)
            ? current?.ClientSecretId
            : (await sender.Send(new SealSecretCommand(command.WorkspaceId, SsoSettingsDto.SecretPurpose,
                command.WorkspaceId.Value, command.ClientSecret), ct)).SecretId;
        workspace.ConfigureSso(issuer, command.ClientId, secretId, allowed, command.DefaultRole, command.EnforceSso,
            clock.GetUtcNow());
        await events.SaveAsync(workspace, ct);
        return true;
    }
}
