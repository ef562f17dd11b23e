using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.Identity.Tokens;
using Deepnote.Domain.SharedKernel;
using FluentValidation;
using Mediator;
using Deepnote.Application.Access.Workspaces.GetWorkspaceSettings;
using Deepnote.Application.Access.Workspaces.UpdateWorkspaceQuerySettings;
using Deepnote.Application.Access.Workspaces.UpdateWorkspaceSettings;

namespace Deepnote.Application.Access.Workspaces.GetWorkspaceQuerySettingsDto;

internal sealed class GetWorkspaceQuerySettingsDtoQueryHandler(IWorkspaceSettingsReader settings, Common.ExecutionLimits limits)
    : IQueryHandler<GetWorkspaceQuerySettingsDtoQuery, WorkspaceQuerySettingsDto>
{
    public async ValueTask<WorkspaceQuerySettingsDto> Handle(GetWorkspaceQuerySettingsDtoQuery query, CancellationToken ct)
    {
        var own = await settings.GetQuerySettingsAsync(query.WorkspaceId, ct);
        return new(own, own.TimeoutSeconds(limits), own.MaxRows(limits), own.CacheTtlCap(limits));
    }
}
