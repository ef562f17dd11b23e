using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Contracts.GetSsoSettings;
using Deepnote.Application.Access.Workspaces;
using Deepnote.Application.Vault.Contracts.SealSecret;
using Mediator;

namespace Deepnote.Application.Access.Sso.ConfigureSso;

internal sealed class ConfigureSsoCommandHandler(ISender sender, IEventStore events, TimeProvider clock)
    : ICommandHandler<ConfigureSsoCommand, bool>
{
    public async ValueTask<bool> Handle(ConfigureSsoCommand command, CancellationToken ct)
    {
        var workspace = await events.LoadWorkspaceAsync(command.WorkspaceId, ct);
        var current = await sender.Send(new GetSsoSettingsQuery(command.WorkspaceId), ct);
        var secretId = string.IsNullOrEmpty(command.ClientSecret)
            ? current?.ClientSecretId
            : (await sender.Send(new SealSecretCommand(command.WorkspaceId, SsoSettingsDto.SecretPurpose,
                command.WorkspaceId.Value, command.ClientSecret), ct)).SecretId;
        workspace.ConfigureSso(command.Issuer.TrimEnd('/'), command.ClientId, secretId,
            command.AllowedDomains.Select(d => d.Trim().ToLowerInvariant()).Distinct().ToList(), command.DefaultRole,
            command.EnforceSso, clock.GetUtcNow());
        await events.SaveAsync(workspace, ct);
        return true;
    }
}
