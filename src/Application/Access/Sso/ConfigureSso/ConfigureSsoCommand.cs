using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Sso.ConfigureSso;

/// <summary>An ADMIN sets the workspace's OpenID Connect provider (Google Workspace, Okta or any compliant
/// issuer). It signs in accounts of the workspace's verified domains (all of them, or those listed in
/// <paramref name="AllowedDomains"/>) and accounts linked to it. The discovery document is checked now. The client
/// secret is sealed in the vault at once; null keeps the current one.</summary>
public sealed record ConfigureSsoCommand(WorkspaceId WorkspaceId, string Issuer, string ClientId, string? ClientSecret,
    IReadOnlyList<string> AllowedDomains, WorkspaceRole DefaultRole, bool EnforceSso) : ICommand<bool>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.WorkspaceRole(WorkspaceId, WorkspaceRole.Admin);

    public override string ToString() => $"{nameof(ConfigureSsoCommand)} {{ {WorkspaceId}, {Issuer} }}";
}
