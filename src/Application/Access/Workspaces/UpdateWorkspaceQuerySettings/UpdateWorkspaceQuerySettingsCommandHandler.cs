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
using Deepnote.Application.Access.Workspaces.UpdateWorkspaceSettings;

namespace Deepnote.Application.Access.Workspaces.UpdateWorkspaceQuerySettings;

internal sealed class UpdateWorkspaceQuerySettingsCommandHandler(IEventStore events, TimeProvider clock)
    : ICommandHandler<UpdateWorkspaceQuerySettingsCommand, bool>
{
    public async ValueTask<bool> Handle(UpdateWorkspaceQuerySettingsCommand command, CancellationToken ct)
    {
        var workspace = await events.LoadWorkspaceAsync(command.WorkspaceId, ct);
        workspace.ChangeQuerySettings(command.DefaultTimeoutSeconds, command.DefaultMaxRows, command.MaxCacheTtlSeconds,
            clock.GetUtcNow());
        await events.SaveAsync(workspace, ct);
        return true;
    }
}
