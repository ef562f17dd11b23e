using Deepnote.Application.Access.Ports;
using Deepnote.Domain.Access;
using Mediator;

namespace Deepnote.Application.Access.Contracts.CanReachProject;

internal sealed class CanReachProjectQueryHandler(IAccessFacts facts) : IQueryHandler<CanReachProjectQuery, bool>
{
    public async ValueTask<bool> Handle(CanReachProjectQuery query, CancellationToken ct) =>
        await facts.GetProjectAccessAsync(query.ProjectId, query.UserId, ct) is { Effective: > ProjectAccess.None };
}
