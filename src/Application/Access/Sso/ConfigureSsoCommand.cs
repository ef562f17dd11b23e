using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Workspaces;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using FluentValidation;
using Mediator;

namespace Deepnote.Application.Access.Sso;

/// <summary>An ADMIN sets the workspace's OpenID Connect provider (Google Workspace, Okta or any compliant
/// issuer). The client secret is sealed in the vault at once; null keeps the current one.</summary>
public sealed record ConfigureSsoCommand(WorkspaceId WorkspaceId, string Issuer, string ClientId, string? ClientSecret,
    IReadOnlyList<string> AllowedDomains, WorkspaceRole DefaultRole, bool EnforceSso) : ICommand<bool>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.WorkspaceRole(WorkspaceId, WorkspaceRole.Admin);

    public override string ToString() => $"{nameof(ConfigureSsoCommand)} {{ {WorkspaceId}, {Issuer} }}";
}

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

/// <summary>The workspace's SSO settings for its ADMINs (the client secret only as "set").</summary>
public sealed record GetWorkspaceSsoQuery(WorkspaceId WorkspaceId) : IQuery<SsoSettingsDto?>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.WorkspaceRole(WorkspaceId, WorkspaceRole.Admin);
}

internal sealed class GetWorkspaceSsoQueryHandler(ISender sender) : IQueryHandler<GetWorkspaceSsoQuery, SsoSettingsDto?>
{
    public async ValueTask<SsoSettingsDto?> Handle(GetWorkspaceSsoQuery query, CancellationToken ct) =>
        await sender.Send(new GetSsoSettingsQuery(query.WorkspaceId), ct);
}
