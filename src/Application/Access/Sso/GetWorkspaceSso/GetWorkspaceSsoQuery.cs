using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Sso.GetWorkspaceSso;

/// <summary>The workspace's SSO settings for its ADMINs (the client secret only as "set").</summary>
public sealed record GetWorkspaceSsoQuery(WorkspaceId WorkspaceId) : IQuery<SsoSettingsDto?>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.WorkspaceRole(WorkspaceId, WorkspaceRole.Admin);
}
