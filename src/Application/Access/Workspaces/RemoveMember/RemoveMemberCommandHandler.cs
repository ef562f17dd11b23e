using Deepnote.Application.Abstractions;
using Deepnote.Application.Identity.Contracts.RevokeUserSessions;
using Mediator;

namespace Deepnote.Application.Access.Workspaces.RemoveMember;

internal sealed class RemoveMemberCommandHandler(ISender sender, IEventStore events, ICurrentActor actor,
    TimeProvider clock) : ICommandHandler<RemoveMemberCommand, bool>
{
    public async ValueTask<bool> Handle(RemoveMemberCommand command, CancellationToken ct)
    {
        var remover = actor.RequireUser();
        var workspace = await events.LoadWorkspaceAsync(command.WorkspaceId, ct);
        workspace.Remove(command.UserId, remover, clock.GetUtcNow());
        await events.SaveAsync(workspace, ct);
        await sender.Send(new RevokeUserSessionsCommand(command.UserId), ct); // their open browsers lose access now
        await sender.Send(new Execution.Contracts.DropResults.DropResultsCommand(command.UserId), ct); // and their results in memory
        return true;
    }
}
