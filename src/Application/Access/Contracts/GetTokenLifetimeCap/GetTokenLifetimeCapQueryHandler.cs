using Deepnote.Application.Access.Ports;
using Mediator;

namespace Deepnote.Application.Access.Contracts.GetTokenLifetimeCap;

internal sealed class GetTokenLifetimeCapQueryHandler(IWorkspaceSettingsReader settings) : IQueryHandler<GetTokenLifetimeCapQuery, int>
{
    public async ValueTask<int> Handle(GetTokenLifetimeCapQuery query, CancellationToken ct) =>
        await settings.GetMaxTokenLifetimeDaysAsync(query.WorkspaceId, ct);
}
