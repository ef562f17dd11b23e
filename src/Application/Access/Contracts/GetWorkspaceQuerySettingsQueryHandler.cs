using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Contracts;

internal sealed class GetWorkspaceQuerySettingsQueryHandler(IWorkspaceSettingsReader settings)
    : IQueryHandler<GetWorkspaceQuerySettingsQuery, WorkspaceQuerySettings>
{
    public async ValueTask<WorkspaceQuerySettings> Handle(GetWorkspaceQuerySettingsQuery query, CancellationToken ct) =>
        await settings.GetQuerySettingsAsync(query.WorkspaceId, ct);
}
