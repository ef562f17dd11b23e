using Deepnote.Application.Abstractions;
using Deepnote.Domain.Access.Projects;
using Mediator;

namespace Deepnote.Application.Access.Projects.RenameProject;

internal sealed class RenameProjectCommandHandler(IEventStore events, TimeProvider clock)
    : ICommandHandler<RenameProjectCommand, bool>
{
    public async ValueTask<bool> Handle(RenameProjectCommand command, CancellationToken ct) =>
        await events.ChangeAsync(command.ProjectId, (Project p) =>
        {
            p.Rename(command.Name, clock.GetUtcNow());
            return true;
        }, ct);
}
