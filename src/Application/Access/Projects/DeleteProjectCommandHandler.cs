using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.Access.Projects;
using Deepnote.Domain.SharedKernel;
using FluentValidation;
using Mediator;

namespace Deepnote.Application.Access.Projects;

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
