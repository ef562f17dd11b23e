using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.Identity.Tokens;
using Deepnote.Domain.SharedKernel;
using FluentValidation;
using Mediator;
using Deepnote.Application.Access.Workspaces.GetWorkspaceQuerySettingsDto;
using Deepnote.Application.Access.Workspaces.GetWorkspaceSettings;
using Deepnote.Application.Access.Workspaces.UpdateWorkspaceQuerySettings;

namespace Deepnote.Application.Access.Workspaces.UpdateWorkspaceSettings;

internal sealed class UpdateWorkspaceSettingsCommandHandler(IEventStore events, TimeProvider clock)
    : ICommandHandler<UpdateWorkspaceSettingsCommand, bool>
{
    public async ValueTask<bool> Handle(UpdateWorkspaceSettingsCommand command, CancellationToken ct)
    {
        var workspace = await events.LoadWorkspaceAsync(command.WorkspaceId, ct);
        workspace.ChangeSettings(command.MaxTokenLifetimeDays, clock.GetUtcNow());
        await events.SaveAsync(workspace, ct);
        return true;
    }
}
