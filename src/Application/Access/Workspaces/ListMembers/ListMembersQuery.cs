using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;
using Deepnote.Application.Access.Contracts.CreateWorkspaceForOwner;
using Deepnote.Application.Access.Contracts.FindSsoWorkspace;
using Deepnote.Application.Access.Contracts.GetMyRole;
using Deepnote.Application.Access.Contracts.GetSsoSettings;
using Deepnote.Application.Access.Contracts.GetTokenLifetimeCap;
using Deepnote.Application.Access.Contracts.GetWorkspaceQuerySettings;
using Deepnote.Application.Access.Contracts.IsSsoEnforced;
using Deepnote.Application.Access.Contracts.JoinThroughSso;
using Deepnote.Application.Access.Contracts.PrepareRun;
using Deepnote.Application.Access.Workspaces.GetWorkspaceQuerySettingsDto;
using Deepnote.Application.Access.Workspaces.GetWorkspaceSettings;
using Deepnote.Application.Access.Workspaces.UpdateWorkspaceQuerySettings;
using Deepnote.Application.Access.Workspaces.UpdateWorkspaceSettings;

namespace Deepnote.Application.Access.Workspaces.ListMembers;

/// <summary>A workspace's members, by address; any member may see who else is in it.</summary>
public sealed record ListMembersQuery(WorkspaceId WorkspaceId, int? First, string? After)
    : IQuery<Page<MemberDto>>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.WorkspaceMember(WorkspaceId);
}
