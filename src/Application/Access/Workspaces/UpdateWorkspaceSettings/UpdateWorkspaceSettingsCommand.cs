using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Workspaces.UpdateWorkspaceSettings;

/// <summary>ADMIN: workspace-wide settings (the longest API token lifetime, 1..365 days).</summary>
public sealed record UpdateWorkspaceSettingsCommand(WorkspaceId WorkspaceId, int MaxTokenLifetimeDays) : ICommand<bool>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.WorkspaceRole(WorkspaceId, WorkspaceRole.Admin);
}
