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

internal sealed class DetachConnectionCommandHandler(IEventStore events, TimeProvider clock)
    : ICommandHandler<DetachConnectionCommand, bool>
{
    public async ValueTask<bool> Handle(DetachConnectionCommand command, CancellationToken ct) =>
        await events.ChangeProjectAsync(command.ProjectId, p => p.DetachConnection(command.ConnectionId, clock.GetUtcNow()), ct);
}
