using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Ports;
using Deepnote.Domain.Access;
using Mediator;

namespace Deepnote.Application.Access.Contracts.GetMyRole;

internal sealed class GetMyRoleQueryHandler(IAccessFacts facts, ICurrentActor actor)
    : IQueryHandler<GetMyRoleQuery, WorkspaceRole?>
{
    public async ValueTask<WorkspaceRole?> Handle(GetMyRoleQuery query, CancellationToken ct) =>
        actor.UserId is { } user ? await facts.GetRoleAsync(query.WorkspaceId, user, ct) : null;
}
