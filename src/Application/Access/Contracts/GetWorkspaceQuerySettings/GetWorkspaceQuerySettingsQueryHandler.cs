using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;
using Deepnote.Application.Access.Contracts.CreateWorkspaceForOwner;
using Deepnote.Application.Access.Contracts.FindSsoWorkspace;
using Deepnote.Application.Access.Contracts.GetMyRole;
using Deepnote.Application.Access.Contracts.GetSsoSettings;
using Deepnote.Application.Access.Contracts.GetTokenLifetimeCap;
using Deepnote.Application.Access.Contracts.IsSsoEnforced;
using Deepnote.Application.Access.Contracts.JoinThroughSso;
using Deepnote.Application.Access.Contracts.PrepareRun;

namespace Deepnote.Application.Access.Contracts.GetWorkspaceQuerySettings;

internal sealed class GetWorkspaceQuerySettingsQueryHandler(IWorkspaceSettingsReader settings)
    : IQueryHandler<GetWorkspaceQuerySettingsQuery, WorkspaceQuerySettings>
{
    public async ValueTask<WorkspaceQuerySettings> Handle(GetWorkspaceQuerySettingsQuery query, CancellationToken ct) =>
        await settings.GetQuerySettingsAsync(query.WorkspaceId, ct);
}
