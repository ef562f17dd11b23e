using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Access.Workspaces;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Contracts;

internal sealed class GetTokenLifetimeCapQueryHandler(IWorkspaceSettingsReader settings) : IQueryHandler<GetTokenLifetimeCapQuery, int>
{
    public async ValueTask<int> Handle(GetTokenLifetimeCapQuery query, CancellationToken ct) =>
        await settings.GetMaxTokenLifetimeDaysAsync(query.WorkspaceId, ct);
}
