using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;

namespace Deepnote.Application.Access.Contracts;

public sealed record SsoSettingsDto(WorkspaceId WorkspaceId, string Issuer, string ClientId, Guid? ClientSecretId,
    IReadOnlyList<string> AllowedDomains, WorkspaceRole DefaultRole, bool EnforceSso)
{
    public const string SecretPurpose = "oidc-client-secret";
}
