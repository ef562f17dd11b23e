using Deepnote.Application.Abstractions;
using Mediator;

namespace Deepnote.Application.Access.Projects.DeleteProject;

internal sealed class DeleteProjectCommandHandler(IEventStore events, TimeProvider clock)
    : ICommandHandler<DeleteProjectCommand, bool>
{
    public async ValueTask<bool> Handle(DeleteProjectCommand command, CancellationToken ct) =>
        await events.ChangeProjectAsync(command.ProjectId, p =>
        {
            p.Delete(clock.GetUtcNow());
            return true;
        }, ct);
}
