using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.Access;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Contracts;

internal sealed class GetMyRoleQueryHandler(IAccessFacts facts, ICurrentActor actor)
    : IQueryHandler<GetMyRoleQuery, WorkspaceRole?>
{
    public async ValueTask<WorkspaceRole?> Handle(GetMyRoleQuery query, CancellationToken ct) =>
        actor.UserId is { } user ? await facts.GetRoleAsync(query.WorkspaceId, user, ct) : null;
}
