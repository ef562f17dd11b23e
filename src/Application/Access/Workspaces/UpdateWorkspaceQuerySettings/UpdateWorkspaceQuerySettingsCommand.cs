using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.Identity.Tokens;
using Deepnote.Domain.SharedKernel;
using FluentValidation;
using Mediator;
using Deepnote.Application.Access.Workspaces.GetWorkspaceQuerySettingsDto;
using Deepnote.Application.Access.Workspaces.GetWorkspaceSettings;
using Deepnote.Application.Access.Workspaces.UpdateWorkspaceSettings;

namespace Deepnote.Application.Access.Workspaces.UpdateWorkspaceQuerySettings;

/// <summary>ADMIN: the workspace's defaults for a run (statement timeout, rows) and the longest result-cache TTL its
/// connections may have, each within the host's hard maxima; null returns to the host's value.</summary>
public sealed record UpdateWorkspaceQuerySettingsCommand(WorkspaceId WorkspaceId, int? DefaultTimeoutSeconds,
    int? DefaultMaxRows, int? MaxCacheTtlSeconds) : ICommand<bool>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.WorkspaceRole(WorkspaceId, WorkspaceRole.Admin);
}
