using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common;
using Deepnote.Application.Execution.Contracts.RecheckResults;
using Deepnote.Domain.Access.Workspaces;
using Mediator;

namespace Deepnote.Application.Access.Workspaces.ChangeMemberRole;

internal sealed class ChangeMemberRoleCommandHandler(IEventStore events, IWorkspaceReader workspaces,
    ICurrentActor actor, ISender sender, TimeProvider clock) : ICommandHandler<ChangeMemberRoleCommand, MemberDto>
{
    public async ValueTask<MemberDto> Handle(ChangeMemberRoleCommand command, CancellationToken ct)
    {
        var changer = actor.RequireUser();
        var workspace = await events.LoadAsync<Workspace>(command.WorkspaceId, ct);

        // Every decision reads the current role, so the new one applies from the member's next request; their
        // sessions (which may serve other workspaces) are left alone; their runs the new role no longer allows end.
        if (workspace.ChangeRole(command.UserId, command.Role, changer, clock.GetUtcNow()))
        {
            await events.SaveAsync(workspace, ct);
            await sender.Send(new RecheckResultsCommand(command.WorkspaceId, command.UserId), ct);
        }

        return await workspaces.GetMemberAsync(command.WorkspaceId, command.UserId, ct)
            ?? throw new NotFoundException("This person is not a member of this workspace.");
    }
}
