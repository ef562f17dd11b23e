using Deepnote.Application.Access.Contracts;
using Deepnote.Application.Access.Ports;
using Mediator;

namespace Deepnote.Application.Access.Domains.ListDomains;

internal sealed class ListDomainsQueryHandler(IDomainDirectory domains)
    : IQueryHandler<ListDomainsQuery, IReadOnlyList<WorkspaceDomainDto>>
{
    public async ValueTask<IReadOnlyList<WorkspaceDomainDto>> Handle(ListDomainsQuery query, CancellationToken ct) =>
        await domains.ListAsync(query.WorkspaceId, ct);
}
