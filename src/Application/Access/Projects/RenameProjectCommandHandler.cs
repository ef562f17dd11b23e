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

internal sealed class RenameProjectCommandHandler(IEventStore events, TimeProvider clock)
    : ICommandHandler<RenameProjectCommand, bool>
{
    public async ValueTask<bool> Handle(RenameProjectCommand command, CancellationToken ct) =>
        await events.ChangeProjectAsync(command.ProjectId, p =>
        {
            p.Rename(command.Name, clock.GetUtcNow());
            return true;
        }, ct);
}
