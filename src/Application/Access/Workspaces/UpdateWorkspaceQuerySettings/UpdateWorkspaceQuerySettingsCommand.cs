using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Workspaces.UpdateWorkspaceQuerySettings;

/// <summary>ADMIN: the workspace's defaults for a run (statement timeout, rows) and the longest result-cache TTL its
/// connections may have, each within the host's hard maxima; null returns to the host's value.</summary>
public sealed record UpdateWorkspaceQuerySettingsCommand(WorkspaceId WorkspaceId, int? DefaultTimeoutSeconds,
    int? DefaultMaxRows, int? MaxCacheTtlSeconds) : ICommand<bool>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.WorkspaceRole(WorkspaceId, WorkspaceRole.Admin);
}
