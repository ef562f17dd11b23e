using Deepnote.Application.Abstractions;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access.Workspaces;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Contracts;

/// <summary>Creates a workspace whose first ADMIN is <paramref name="Owner"/> (used by the first set-up).</summary>
public sealed record CreateWorkspaceForOwnerCommand(string Name, UserId Owner) : ICommand<WorkspaceId>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.Internal;
}

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
