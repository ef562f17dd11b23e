using Deepnote.Application.Caching.Ports;
using Mediator;

namespace Deepnote.Application.Caching.Contracts.GetCachePolicy;

internal sealed class GetCachePolicyQueryHandler(IResultCacheStore store) : IQueryHandler<GetCachePolicyQuery, CachePolicyDto>
{
    public async ValueTask<CachePolicyDto> Handle(GetCachePolicyQuery query, CancellationToken ct)
    {
        var (mode, ttl) = await store.GetPolicyAsync(query.ConnectionId, ct);
        return new CachePolicyDto(mode, ttl);
    }
}
