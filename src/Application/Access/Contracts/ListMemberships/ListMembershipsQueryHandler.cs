using Deepnote.Application.Access.Ports;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Access.Contracts.ListMemberships;

internal sealed class ListMembershipsQueryHandler(IAccessFacts facts) : IQueryHandler<ListMembershipsQuery, IReadOnlyList<WorkspaceId>>
{
    public async ValueTask<IReadOnlyList<WorkspaceId>> Handle(ListMembershipsQuery query, CancellationToken ct) =>
        await facts.ListMembershipsAsync(query.UserId, ct);
}
