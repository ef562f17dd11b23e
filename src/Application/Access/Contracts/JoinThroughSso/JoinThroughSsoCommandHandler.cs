using Deepnote.Application.Abstractions;
using Deepnote.Domain.Access.Workspaces;
using Mediator;

namespace Deepnote.Application.Access.Contracts.JoinThroughSso;

internal sealed class JoinThroughSsoCommandHandler(IEventStore events, TimeProvider clock) : ICommandHandler<JoinThroughSsoCommand, bool>
{
    public async ValueTask<bool> Handle(JoinThroughSsoCommand command, CancellationToken ct)
    {
        var workspace = await events.LoadAsync<Workspace>(command.WorkspaceId, ct);
        var joined = workspace.JoinThroughSso(command.UserId, command.Role, clock.GetUtcNow());
        if (joined) await events.SaveAsync(workspace, ct);
        return joined;
    }
}
