using Deepnote.Application.Access.Ports;
using Mediator;

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
