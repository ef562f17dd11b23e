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

internal sealed class GetWorkspaceSettingsQueryHandler(IWorkspaceSettingsReader settings)
    : IQueryHandler<GetWorkspaceSettingsQuery, WorkspaceSettingsDto>
{
    public async ValueTask<WorkspaceSettingsDto> Handle(GetWorkspaceSettingsQuery query, CancellationToken ct) =>
        new(await settings.GetMaxTokenLifetimeDaysAsync(query.WorkspaceId, ct));
}

/// <summary>ADMIN: the workspace's defaults for a run (statement timeout, rows) and the longest result-cache TTL its
/// connections may have, each within the host's hard maxima; null returns to the host's value.</summary>
public sealed record UpdateWorkspaceQuerySettingsCommand(WorkspaceId WorkspaceId, int? DefaultTimeoutSeconds,
    int? DefaultMaxRows, int? MaxCacheTtlSeconds) : ICommand<bool>, IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.WorkspaceRole(WorkspaceId, WorkspaceRole.Admin);
}

internal sealed class UpdateWorkspaceQuerySettingsCommandValidator : AbstractValidator<UpdateWorkspaceQuerySettingsCommand>
{
    public UpdateWorkspaceQuerySettingsCommandValidator(Common.ExecutionLimits limits)
    {
        RuleFor(c => c.DefaultTimeoutSeconds).InclusiveBetween(1, limits.MaxTimeoutSeconds).When(c => c.DefaultTimeoutSeconds is not null);
        RuleFor(c => c.DefaultMaxRows).InclusiveBetween(1, limits.MaxRows).When(c => c.DefaultMaxRows is not null);
        RuleFor(c => c.MaxCacheTtlSeconds).InclusiveBetween(1, limits.MaxCacheTtlSeconds).When(c => c.MaxCacheTtlSeconds is not null);
    }
}

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

/// <summary>A workspace's query settings: its own (null: the host's) and the values in effect.</summary>
public sealed record WorkspaceQuerySettingsDto(Contracts.WorkspaceQuerySettings Own, int TimeoutSeconds, int MaxRows,
    int MaxCacheTtlSeconds);

/// <summary>The effective query settings of a workspace, for its members.</summary>
public sealed record GetWorkspaceQuerySettingsDtoQuery(WorkspaceId WorkspaceId) : IQuery<WorkspaceQuerySettingsDto>,
    IAuthorizedRequest
{
    public AccessRequirement RequiredAccess() => AccessRequirement.WorkspaceMember(WorkspaceId);
}

internal sealed class GetWorkspaceQuerySettingsDtoQueryHandler(IWorkspaceSettingsReader settings, Common.ExecutionLimits limits)
    : IQueryHandler<GetWorkspaceQuerySettingsDtoQuery, WorkspaceQuerySettingsDto>
{
    public async ValueTask<WorkspaceQuerySettingsDto> Handle(GetWorkspaceQuerySettingsDtoQuery query, CancellationToken ct)
    {
        var own = await settings.GetQuerySettingsAsync(query.WorkspaceId, ct);
        return new(own, own.TimeoutSeconds(limits), own.MaxRows(limits), own.CacheTtlCap(limits));
    }
}
