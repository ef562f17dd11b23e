using Deepnote.Application.Abstractions;
using Deepnote.Application.Execution.Contracts.RecheckResults;
using Deepnote.Domain.Access.Projects;
using Mediator;

namespace Deepnote.Application.Access.Projects.DetachConnection;

/// <summary>Runs of the project on that connection end with it.</summary>
internal sealed class DetachConnectionCommandHandler(IEventStore events, ISender sender, TimeProvider clock)
    : ICommandHandler<DetachConnectionCommand, bool>
{
    public async ValueTask<bool> Handle(DetachConnectionCommand command, CancellationToken ct)
    {
        var project = await events.LoadAsync<Project>(command.ProjectId, ct);
        if (!project.DetachConnection(command.ConnectionId, clock.GetUtcNow())) return false;
        await events.SaveAsync(project, ct);
        await sender.Send(new RecheckResultsCommand(project.WorkspaceId), ct);
        return true;
    }
}
