using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common;
using Deepnote.Domain.Access.Projects;
using Mediator;

namespace Deepnote.Application.Access.Projects.AttachConnection;

internal sealed class AttachConnectionCommandHandler(IEventStore events, IAccessFacts facts,
    ICurrentActor actor, TimeProvider clock) : ICommandHandler<AttachConnectionCommand, bool>
{
    public async ValueTask<bool> Handle(AttachConnectionCommand command, CancellationToken ct)
    {
        var project = await events.LoadAsync<Project>(command.ProjectId, ct);
        var user = actor.RequireUser();
        if (await facts.GetConnectionWorkspaceAsync(command.ConnectionId, ct) != project.WorkspaceId)
        {
            throw new NotFoundException("This connection was not found, or you cannot see it.");
        }

        if (!await facts.HasGrantAsync(command.ConnectionId, user, ct))
        {
            throw new ForbiddenException("you need a data-access grant on this connection to attach it");
        }

        if (project.AttachConnection(command.ConnectionId, clock.GetUtcNow())) await events.SaveAsync(project, ct);
        return true;
    }
}
