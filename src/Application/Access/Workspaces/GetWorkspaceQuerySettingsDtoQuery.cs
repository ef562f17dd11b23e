using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.Identity.Tokens;
using Deepnote.Domain.SharedKernel;
using FluentValidation;
using Mediator;

namespace Deepnote.Application.Access.Workspaces;

/// <summary>The effective query settings of a workspace, for its members.</summary>
public sealed record GetWorkspaceQuerySettingsDtoQuery(WorkspaceId WorkspaceId) : IQuery<WorkspaceQuerySettingsDto>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.WorkspaceMember(WorkspaceId);
}
