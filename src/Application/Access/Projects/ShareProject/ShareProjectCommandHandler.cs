using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common;
using Deepnote.Application.Execution.Contracts.RecheckResults;
using Deepnote.Domain.Access.Projects;
using Mediator;

namespace Deepnote.Application.Access.Projects.ShareProject;

internal sealed class ShareProjectCommandHandler(IEventStore events, IAccessFacts facts, ICurrentActor actor,
    ISender sender, TimeProvider clock) : ICommandHandler<ShareProjectCommand, bool>
{
    public async ValueTask<bool> Handle(ShareProjectCommand command, CancellationToken ct)
    {
        var project = await events.LoadAsync<Project>(command.ProjectId, ct);
        if (await facts.GetRoleAsync(project.WorkspaceId, command.UserId, ct) is null)
        {
            throw new NotFoundException("This person is not a member of this workspace.");
        }

        if (project.Share(command.UserId, command.Access, actor.RequireUser(),
                clock.GetUtcNow()))
        {
            await events.SaveAsync(project, ct);
            await sender.Send(new RecheckResultsCommand(project.WorkspaceId, command.UserId), ct);
        }

        return true;
    }
}
