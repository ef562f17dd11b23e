using Deepnote.Application.Abstractions;
using Deepnote.Domain.Access.Workspaces;
using Mediator;

namespace Deepnote.Application.Access.Workspaces.UpdateWorkspaceQuerySettings;

internal sealed class UpdateWorkspaceQuerySettingsCommandHandler(IEventStore events, TimeProvider clock)
    : ICommandHandler<UpdateWorkspaceQuerySettingsCommand, bool>
{
    public async ValueTask<bool> Handle(UpdateWorkspaceQuerySettingsCommand command, CancellationToken ct)
    {
        var workspace = await events.LoadAsync<Workspace>(command.WorkspaceId, ct);
        workspace.ChangeQuerySettings(command.DefaultTimeoutSeconds, command.DefaultMaxRows, command.MaxCacheTtlSeconds,
            clock.GetUtcNow());
        await events.SaveAsync(workspace, ct);
        return true;
    }
}
