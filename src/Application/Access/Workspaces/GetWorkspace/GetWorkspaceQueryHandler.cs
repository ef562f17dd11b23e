using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
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

namespace Deepnote.Application.Access.Workspaces.GetWorkspace;

internal sealed class GetWorkspaceQueryHandler(IWorkspaceReader workspaces, ICurrentActor actor)
    : IQueryHandler<GetWorkspaceQuery, WorkspaceDto>
{
    public async ValueTask<WorkspaceDto> Handle(GetWorkspaceQuery query, CancellationToken ct) =>
        await workspaces.GetWorkspaceAsync(query.WorkspaceId, actor.RequireUser(), ct)
            ?? throw new NotFoundException($"Workspace {query.WorkspaceId} was not found.");
}
