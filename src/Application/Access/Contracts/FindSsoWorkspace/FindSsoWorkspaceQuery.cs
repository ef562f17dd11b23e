using Deepnote.Application.Common.Authorization;
using Mediator;

namespace Deepnote.Application.Access.Contracts.FindSsoWorkspace;

/// <summary>The provider of the workspace that verified this e-mail domain, if it configured single sign-on.</summary>
public sealed record FindSsoWorkspaceQuery(string EmailDomain) : IQuery<SsoSettingsDto?>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;
}
