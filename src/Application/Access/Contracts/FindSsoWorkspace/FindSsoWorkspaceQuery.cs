using Deepnote.Application.Common.Authorization;
using Mediator;

namespace Deepnote.Application.Access.Contracts.FindSsoWorkspace;

/// <summary>The workspace whose SSO provider accepts this email domain (the first one configured, if several).</summary>
public sealed record FindSsoWorkspaceQuery(string EmailDomain) : IQuery<SsoSettingsDto?>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;
}
