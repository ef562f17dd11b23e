using Deepnote.Application.Abstractions;
using Deepnote.Domain.Access.Projects;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Projects.CreateProject;

internal sealed class CreateProjectCommandHandler(IEventStore events, ICurrentActor actor, TimeProvider clock)
    : ICommandHandler<CreateProjectCommand, ProjectId>
{
    public async ValueTask<ProjectId> Handle(CreateProjectCommand command, CancellationToken ct)
    {
        var project = Project.Create(command.WorkspaceId, command.Name, command.DefaultAccess,
            actor.RequireUser(), clock.GetUtcNow());
        await events.SaveAsync(project, ct);
        return project.Id;
    }
}
