using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Access.Workspaces;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Contracts;

public sealed record SsoSettingsDto(WorkspaceId WorkspaceId, string Issuer, string ClientId, Guid? ClientSecretId,
    IReadOnlyList<string> AllowedDomains, WorkspaceRole DefaultRole, bool EnforceSso)
{
    public const string SecretPurpose = "oidc-client-secret";
}

/// <summary>The workspace whose SSO provider accepts this email domain (the first one configured, if several).</summary>
public sealed record FindSsoWorkspaceQuery(string EmailDomain) : IQuery<SsoSettingsDto?>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;
}

internal sealed class FindSsoWorkspaceQueryHandler(ISsoDirectory sso) : IQueryHandler<FindSsoWorkspaceQuery, SsoSettingsDto?>
{
    public async ValueTask<SsoSettingsDto?> Handle(FindSsoWorkspaceQuery query, CancellationToken ct) =>
        await sso.FindSsoByDomainAsync(query.EmailDomain.ToLowerInvariant(), ct);
}

public sealed record GetSsoSettingsQuery(WorkspaceId WorkspaceId) : IQuery<SsoSettingsDto?>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;
}

internal sealed class GetSsoSettingsQueryHandler(ISsoDirectory sso) : IQueryHandler<GetSsoSettingsQuery, SsoSettingsDto?>
{
    public async ValueTask<SsoSettingsDto?> Handle(GetSsoSettingsQuery query, CancellationToken ct) =>
        await sso.GetSsoAsync(query.WorkspaceId, ct);
}

/// <summary>Whether a workspace the user belongs to enforces SSO (then their password does not sign them in).</summary>
public sealed record IsSsoEnforcedQuery(UserId UserId) : IQuery<bool>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;
}

internal sealed class IsSsoEnforcedQueryHandler(ISsoDirectory sso) : IQueryHandler<IsSsoEnforcedQuery, bool>
{
    public async ValueTask<bool> Handle(IsSsoEnforcedQuery query, CancellationToken ct) =>
        await sso.IsSsoEnforcedForAsync(query.UserId, ct);
}

/// <summary>A person who signed in through a workspace's provider joins it with the provider's default role.</summary>
public sealed record JoinThroughSsoCommand(WorkspaceId WorkspaceId, UserId UserId, WorkspaceRole Role) : ICommand<bool>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;
}

internal sealed class JoinThroughSsoCommandHandler(IEventStore events, TimeProvider clock) : ICommandHandler<JoinThroughSsoCommand, bool>
{
    public async ValueTask<bool> Handle(JoinThroughSsoCommand command, CancellationToken ct)
    {
        var workspace = await events.LoadWorkspaceAsync(command.WorkspaceId, ct);
        var joined = workspace.JoinThroughSso(command.UserId, command.Role, clock.GetUtcNow());
        if (joined) await events.SaveAsync(workspace, ct);
        return joined;
    }
}

/// <summary>The longest lifetime a new API token may have in a workspace (its setting).</summary>
public sealed record GetTokenLifetimeCapQuery(WorkspaceId WorkspaceId) : IQuery<int>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;
}

internal sealed class GetTokenLifetimeCapQueryHandler(IWorkspaceSettingsReader settings) : IQueryHandler<GetTokenLifetimeCapQuery, int>
{
    public async ValueTask<int> Handle(GetTokenLifetimeCapQuery query, CancellationToken ct) =>
        await settings.GetMaxTokenLifetimeDaysAsync(query.WorkspaceId, ct);
}
