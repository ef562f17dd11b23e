using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Ports;
using Mediator;

namespace Deepnote.Application.Access.Grants.GrantConnectionAccess;

internal sealed class GrantConnectionAccessCommandHandler(IEventStore events, IAccessFacts facts,
    ICurrentActor actor, TimeProvider clock) : ICommandHandler<GrantConnectionAccessCommand, bool>
{
    public async ValueTask<bool> Handle(GrantConnectionAccessCommand command, CancellationToken ct)
    {
        var workspace = await events.LoadForConnectionAsync(facts, command.ConnectionId, ct);
        if (workspace.GrantConnectionAccess(command.ConnectionId, command.UserId,
                actor.RequireUser(), clock.GetUtcNow()))
        {
            await events.SaveAsync(workspace, ct);
        }

        return true;
    }
}
