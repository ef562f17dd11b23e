using Deepnote.Application.Access.Ports;
using Deepnote.Domain.Access;
using Mediator;

namespace Deepnote.Application.Access.Contracts.GetMemberRole;

internal sealed class GetMemberRoleQueryHandler(IAccessFacts facts) : IQueryHandler<GetMemberRoleQuery, WorkspaceRole?>
{
    public async ValueTask<WorkspaceRole?> Handle(GetMemberRoleQuery query, CancellationToken ct) =>
        await facts.GetRoleAsync(query.WorkspaceId, query.UserId, ct);
}
