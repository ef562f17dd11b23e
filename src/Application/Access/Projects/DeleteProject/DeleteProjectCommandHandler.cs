using Deepnote.Application.Abstractions;
using Deepnote.Application.Execution.Contracts.RecheckResults;
using Deepnote.Domain.Access.Projects;
using Mediator;

namespace Deepnote.Application.Access.Projects.DeleteProject;

/// <summary>The project's runs end with it.</summary>
internal sealed class DeleteProjectCommandHandler(IEventStore events, ISender sender, TimeProvider clock)
    : ICommandHandler<DeleteProjectCommand, bool>
{
    public async ValueTask<bool> Handle(DeleteProjectCommand command, CancellationToken ct)
    {
        var project = await events.LoadAsync<Project>(command.ProjectId, ct);
        project.Delete(clock.GetUtcNow());
        await events.SaveAsync(project, ct);
        await sender.Send(new RecheckResultsCommand(project.WorkspaceId), ct);
        return true;
    }
}
