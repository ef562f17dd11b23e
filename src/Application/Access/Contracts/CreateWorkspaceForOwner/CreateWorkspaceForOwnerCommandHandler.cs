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

internal sealed class CreateWorkspaceForOwnerCommandHandler(IEventStore events, TimeProvider clock)
    : ICommandHandler<CreateWorkspaceForOwnerCommand, WorkspaceId>
{
    public async ValueTask<WorkspaceId> Handle(CreateWorkspaceForOwnerCommand command, CancellationToken ct)
    {
        var workspace = Workspace.Create(command.Name, command.Owner, clock.GetUtcNow());
        await events.SaveAsync(workspace, ct);
        return workspace.Id;
    }
}
