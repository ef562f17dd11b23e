using Deepnote.Application.Access.Ports;
using Mediator;

namespace Deepnote.Application.Access.Workspaces.GetEffectiveQuerySettings;

internal sealed class GetEffectiveQuerySettingsQueryHandler(IWorkspaceSettingsReader settings, Common.ExecutionLimits limits)
    : IQueryHandler<GetEffectiveQuerySettingsQuery, WorkspaceQuerySettingsDto>
{
    public async ValueTask<WorkspaceQuerySettingsDto> Handle(GetEffectiveQuerySettingsQuery query, CancellationToken ct)
    {
        var own = await settings.GetQuerySettingsAsync(query.WorkspaceId, ct);
        return new(own, own.TimeoutSeconds(limits), own.MaxRows(limits), own.CacheTtlCap(limits));
    }
}
