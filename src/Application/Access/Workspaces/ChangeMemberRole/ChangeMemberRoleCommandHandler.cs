using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common;
using Deepnote.Application.Identity.Contracts.RevokeUserSessions;
using Mediator;

namespace Deepnote.Application.Access.Workspaces.ChangeMemberRole;

internal sealed class ChangeMemberRoleCommandHandler(ISender sender, IEventStore events, IWorkspaceReader workspaces,
    ICurrentActor actor, TimeProvider clock) : ICommandHandler<ChangeMemberRoleCommand, MemberDto>
{
    public async ValueTask<MemberDto> Handle(ChangeMemberRoleCommand command, CancellationToken ct)
    {
        var changer = actor.RequireUser();
        var workspace = await events.LoadWorkspaceAsync(command.WorkspaceId, ct);

        if (workspace.ChangeRole(command.UserId, command.Role, changer, clock.GetUtcNow()))
        {
            await events.SaveAsync(workspace, ct);
            await sender.Send(new RevokeUserSessionsCommand(command.UserId), ct); // sign in again under the new role
        }

        return await workspaces.GetMemberAsync(command.WorkspaceId, command.UserId, ct)
            ?? throw new NotFoundException($"User {command.UserId} is not a member of this workspace.");
    }
}
