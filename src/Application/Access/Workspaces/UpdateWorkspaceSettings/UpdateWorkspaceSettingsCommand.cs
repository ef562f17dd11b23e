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
using Deepnote.Application.Access.Workspaces.UpdateWorkspaceQuerySettings;

namespace Deepnote.Application.Access.Workspaces.UpdateWorkspaceSettings;

/// <summary>ADMIN: workspace-wide settings (the longest API token lifetime, 1..365 days).</summary>
public sealed record UpdateWorkspaceSettingsCommand(WorkspaceId WorkspaceId, int MaxTokenLifetimeDays) : ICommand<bool>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.WorkspaceRole(WorkspaceId, WorkspaceRole.Admin);
}
