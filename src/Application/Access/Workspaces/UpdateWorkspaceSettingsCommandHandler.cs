using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.Identity.Tokens;
using Deepnote.Domain.SharedKernel;
using FluentValidation;
using Mediator;

namespace Deepnote.Application.Access.Workspaces;

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
