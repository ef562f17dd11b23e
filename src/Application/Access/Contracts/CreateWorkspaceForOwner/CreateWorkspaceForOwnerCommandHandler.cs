using Deepnote.Application.Abstractions;
using Deepnote.Domain.Access.Workspaces;
using Deepnote.Domain.SharedKernel;
using Mediator;

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
