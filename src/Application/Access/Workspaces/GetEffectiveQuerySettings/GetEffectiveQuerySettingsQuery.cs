using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Workspaces.GetEffectiveQuerySettings;

/// <summary>The effective query settings of a workspace, for its members.</summary>
public sealed record GetEffectiveQuerySettingsQuery(WorkspaceId WorkspaceId) : IQuery<WorkspaceQuerySettingsDto>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.WorkspaceMember(WorkspaceId);
}
