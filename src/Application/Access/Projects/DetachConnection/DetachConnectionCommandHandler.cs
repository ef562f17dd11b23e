using Deepnote.Application.Abstractions;
using Mediator;

namespace Deepnote.Application.Access.Projects.DetachConnection;

internal sealed class DetachConnectionCommandHandler(IEventStore events, TimeProvider clock)
    : ICommandHandler<DetachConnectionCommand, bool>
{
    public async ValueTask<bool> Handle(DetachConnectionCommand command, CancellationToken ct) =>
        await events.ChangeProjectAsync(command.ProjectId, p => p.DetachConnection(command.ConnectionId, clock.GetUtcNow()), ct);
}
