using Deepnote.Application.Caching.Contracts;
using Deepnote.Application.Caching.Contracts.GetCachePolicy;
using Mediator;

namespace Deepnote.Application.Caching.Policies.GetConnectionCachePolicy;

internal sealed class GetConnectionCachePolicyQueryHandler(ISender sender)
    : IQueryHandler<GetConnectionCachePolicyQuery, CachePolicyDto>
{
    public async ValueTask<CachePolicyDto> Handle(GetConnectionCachePolicyQuery query, CancellationToken ct) =>
        await sender.Send(new GetCachePolicyQuery(query.ConnectionId), ct);
}
