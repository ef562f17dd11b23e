using Deepnote.Application.Abstractions;
using Deepnote.Domain.Access.Workspaces;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Workspaces.CreateWorkspace;

internal sealed class CreateWorkspaceCommandHandler(IEventStore events, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<CreateWorkspaceCommand, WorkspaceId>
{
    public async ValueTask<WorkspaceId> Handle(CreateWorkspaceCommand command, CancellationToken ct)
    {
        var creator = actor.RequireUser();
        var workspace = Workspace.Create(command.Name, creator, clock.GetUtcNow());
        await events.SaveAsync(workspace, ct);
        return workspace.Id;
    }
}
