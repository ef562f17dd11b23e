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

internal sealed class ConfigureSsoCommandValidator : AbstractValidator<ConfigureSsoCommand>
{
    public ConfigureSsoCommandValidator()
    {
        RuleFor(c => c.Issuer).Must(BeAnIssuer)
            .WithMessage("Give the issuer URL (https; http only for a loopback test provider).");
        RuleFor(c => c.ClientId).NotEmpty().MaximumLength(500);
        RuleFor(c => c.ClientSecret).MaximumLength(2000);
        RuleFor(c => c.AllowedDomains).NotEmpty().WithMessage("Name at least one allowed email domain.");
        RuleForEach(c => c.AllowedDomains).Must(d => d.Length is > 2 and < 254 && d.Contains('.') && !d.Contains('@'))
            .WithMessage("A domain such as example.com.");
        RuleFor(c => c.DefaultRole).IsInEnum().NotEqual(WorkspaceRole.Admin).WithMessage("New SSO users cannot start as ADMIN.");
    }

    private static bool BeAnIssuer(string issuer) =>
        Uri.TryCreate(issuer, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));
}
