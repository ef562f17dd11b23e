using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Workspaces;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using FluentValidation;
using Mediator;
using Deepnote.Application.Access.Contracts.CreateWorkspaceForOwner;
using Deepnote.Application.Access.Contracts.FindSsoWorkspace;
using Deepnote.Application.Access.Contracts.GetMyRole;
using Deepnote.Application.Access.Contracts.GetSsoSettings;
using Deepnote.Application.Access.Contracts.GetTokenLifetimeCap;
using Deepnote.Application.Access.Contracts.GetWorkspaceQuerySettings;
using Deepnote.Application.Access.Contracts.IsSsoEnforced;
using Deepnote.Application.Access.Contracts.JoinThroughSso;
using Deepnote.Application.Access.Contracts.PrepareRun;
using Deepnote.Application.Access.Sso.GetWorkspaceSso;
using Deepnote.Application.Access.Workspaces.GetWorkspaceQuerySettingsDto;
using Deepnote.Application.Access.Workspaces.GetWorkspaceSettings;
using Deepnote.Application.Access.Workspaces.UpdateWorkspaceQuerySettings;
using Deepnote.Application.Access.Workspaces.UpdateWorkspaceSettings;
using Deepnote.Application.Vault.Contracts.FindFilesNamedIn;
using Deepnote.Application.Vault.Contracts.GetConnectionProfile;
using Deepnote.Application.Vault.Contracts.OpenBlob;
using Deepnote.Application.Vault.Contracts.OpenQueryFiles;
using Deepnote.Application.Vault.Contracts.OpenSecret;
using Deepnote.Application.Vault.Contracts.SealBlob;
using Deepnote.Application.Vault.Contracts.SealSecret;
using Deepnote.Application.Vault.Contracts.UnwrapCredentials;

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
