using Deepnote.Application.Abstractions;
using Deepnote.Domain.Access.Workspaces;
using Mediator;

namespace Deepnote.Application.Access.Workspaces.UpdateWorkspaceSettings;

internal sealed class UpdateWorkspaceSettingsCommandHandler(IEventStore events, TimeProvider clock)
    : ICommandHandler<UpdateWorkspaceSettingsCommand, bool>
{
    public async ValueTask<bool> Handle(UpdateWorkspaceSettingsCommand command, CancellationToken ct)
    {
        var workspace = await events.LoadAsync<Workspace>(command.WorkspaceId, ct);
        workspace.ChangeSettings(command.MaxTokenLifetimeDays, clock.GetUtcNow());
        await events.SaveAsync(workspace, ct);
        return true;
    }
}
