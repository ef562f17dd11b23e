using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.Identity.Tokens;
using Deepnote.Domain.SharedKernel;
using FluentValidation;
using Mediator;

namespace Deepnote.Application.Access.Workspaces;

public sealed record WorkspaceSettingsDto(int MaxTokenLifetimeDays);

/// <summary>ADMIN: workspace-wide settings (the longest API token lifetime, 1..365 days).</summary>
public sealed record UpdateWorkspaceSettingsCommand(WorkspaceId WorkspaceId, int MaxTokenLifetimeDays) : ICommand<bool>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.WorkspaceRole(WorkspaceId, WorkspaceRole.Admin);
}

internal sealed class UpdateWorkspaceSettingsCommandValidator : AbstractValidator<UpdateWorkspaceSettingsCommand>
{
    public UpdateWorkspaceSettingsCommandValidator() =>
        RuleFor(c => c.MaxTokenLifetimeDays).InclusiveBetween(1, ApiToken.MaxLifetimeDays);
}

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

public sealed record GetWorkspaceSettingsQuery(WorkspaceId WorkspaceId) : IQuery<WorkspaceSettingsDto>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.WorkspaceMember(WorkspaceId);
}

internal sealed class GetWorkspaceSettingsQueryHandler(IMembershipReader memberships)
    : IQueryHandler<GetWorkspaceSettingsQuery, WorkspaceSettingsDto>
{
    public async ValueTask<WorkspaceSettingsDto> Handle(GetWorkspaceSettingsQuery query, CancellationToken ct) =>
        new(await memberships.GetMaxTokenLifetimeDaysAsync(query.WorkspaceId, ct));
}
