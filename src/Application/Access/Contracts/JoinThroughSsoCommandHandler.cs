using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Access.Workspaces;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Contracts;

internal sealed class JoinThroughSsoCommandHandler(IEventStore events, TimeProvider clock) : ICommandHandler<JoinThroughSsoCommand, bool>
{
    public async ValueTask<bool> Handle(JoinThroughSsoCommand command, CancellationToken ct)
    {
        var workspace = await events.LoadWorkspaceAsync(command.WorkspaceId, ct);
        var joined = workspace.JoinThroughSso(command.UserId, command.Role, clock.GetUtcNow());
        if (joined) await events.SaveAsync(workspace, ct);
        return joined;
    }
}
