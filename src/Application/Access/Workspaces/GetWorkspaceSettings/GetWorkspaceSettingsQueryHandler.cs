using Deepnote.Application.Access.Ports;
using Mediator;

namespace Deepnote.Application.Access.Workspaces.GetWorkspaceSettings;

internal sealed class GetWorkspaceSettingsQueryHandler(IWorkspaceSettingsReader settings)
    : IQueryHandler<GetWorkspaceSettingsQuery, WorkspaceSettingsDto>
{
    public async ValueTask<WorkspaceSettingsDto> Handle(GetWorkspaceSettingsQuery query, CancellationToken ct) =>
        new(await settings.GetMaxTokenLifetimeDaysAsync(query.WorkspaceId, ct));
}
