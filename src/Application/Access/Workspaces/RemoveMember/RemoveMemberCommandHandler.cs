using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Execution.Contracts.DropResults;
using Deepnote.Application.Identity.Contracts.RevokeWorkspaceTokens;
using Deepnote.Application.Vault.Contracts.ForgetPersonalCredentials;
using Deepnote.Domain.Access;
using Deepnote.Domain.Access.Projects;
using Deepnote.Domain.Access.Workspaces;
using Mediator;

namespace Deepnote.Application.Access.Workspaces.RemoveMember;

/// <summary>Removal ends the person's access to this workspace at their next request (every decision reads the
/// membership), revokes their API tokens and project shares here for good, drops their results from here, and
/// destroys the database credentials of their own they entered here.
/// Their sessions, tokens and results elsewhere are none of this workspace's business.</summary>
internal sealed class RemoveMemberCommandHandler(ISender sender, IEventStore events, IProjectReader projects,
    ICurrentActor actor, TimeProvider clock) : ICommandHandler<RemoveMemberCommand, bool>
{
    public async ValueTask<bool> Handle(RemoveMemberCommand command, CancellationToken ct)
    {
        var remover = actor.RequireUser();
        var now = clock.GetUtcNow();
        var workspace = await events.LoadAsync<Workspace>(command.WorkspaceId, ct);
        workspace.Remove(command.UserId, remover, now);
        await events.SaveAsync(workspace, ct);
        foreach (var projectId in await projects.ListSharedWithAsync(command.WorkspaceId, command.UserId, ct))
        {
            var project = await events.LoadAsync<Project>(projectId, ct);
            project.Share(command.UserId, ProjectAccess.None, remover, now);
            await events.SaveAsync(project, ct);
        }

        await sender.Send(new RevokeWorkspaceTokensCommand(command.WorkspaceId, command.UserId, remover), ct);
        await sender.Send(new DropResultsCommand(command.UserId, command.WorkspaceId), ct);
        await sender.Send(new ForgetPersonalCredentialsCommand(command.UserId, WorkspaceId: command.WorkspaceId), ct);
        return true;
    }
}
