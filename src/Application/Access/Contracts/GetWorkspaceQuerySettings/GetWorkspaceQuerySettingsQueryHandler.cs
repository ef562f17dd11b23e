using Deepnote.Application.Access.Ports;
using Mediator;

namespace Deepnote.Application.Access.Contracts.GetWorkspaceQuerySettings;

internal sealed class GetWorkspaceQuerySettingsQueryHandler(IWorkspaceSettingsReader settings)
    : IQueryHandler<GetWorkspaceQuerySettingsQuery, WorkspaceQuerySettings>
{
    public async ValueTask<WorkspaceQuerySettings> Handle(GetWorkspaceQuerySettingsQuery query, CancellationToken ct) =>
        await settings.GetQuerySettingsAsync(query.WorkspaceId, ct);
}
