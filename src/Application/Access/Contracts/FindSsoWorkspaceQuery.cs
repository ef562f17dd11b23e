using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Access.Workspaces;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Contracts;

/// <summary>The workspace whose SSO provider accepts this email domain (the first one configured, if several).</summary>
public sealed record FindSsoWorkspaceQuery(string EmailDomain) : IQuery<SsoSettingsDto?>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;
}
