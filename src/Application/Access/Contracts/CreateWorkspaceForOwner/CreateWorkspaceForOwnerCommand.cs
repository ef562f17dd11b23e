using Deepnote.Application.Abstractions;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access.Workspaces;
using Deepnote.Domain.SharedKernel;
using Mediator;
using Deepnote.Application.Access.Contracts.FindSsoWorkspace;
using Deepnote.Application.Access.Contracts.GetMyRole;
using Deepnote.Application.Access.Contracts.GetSsoSettings;
using Deepnote.Application.Access.Contracts.GetTokenLifetimeCap;
using Deepnote.Application.Access.Contracts.GetWorkspaceQuerySettings;
using Deepnote.Application.Access.Contracts.IsSsoEnforced;
using Deepnote.Application.Access.Contracts.JoinThroughSso;
using Deepnote.Application.Access.Contracts.PrepareRun;

namespace Deepnote.Application.Access.Contracts.CreateWorkspaceForOwner;

/// <summary>Creates a workspace whose first ADMIN is <paramref name="Owner"/> (used by the first set-up).</summary>
public sealed record CreateWorkspaceForOwnerCommand(string Name, UserId Owner) : ICommand<WorkspaceId>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;
}
