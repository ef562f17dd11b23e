using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.Identity.Tokens;
using Deepnote.Domain.SharedKernel;
using FluentValidation;
using Mediator;
using Deepnote.Application.Access.Workspaces.GetWorkspaceQuerySettingsDto;
using Deepnote.Application.Access.Workspaces.UpdateWorkspaceQuerySettings;
using Deepnote.Application.Access.Workspaces.UpdateWorkspaceSettings;

namespace Deepnote.Application.Access.Workspaces.GetWorkspaceSettings;

public sealed record GetWorkspaceSettingsQuery(WorkspaceId WorkspaceId) : IQuery<WorkspaceSettingsDto>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.WorkspaceMember(WorkspaceId);
}
