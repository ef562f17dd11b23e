using Deepnote.Application.Caching.Contracts;
using Deepnote.Application.Common.Authorization;
using Deepnote.Domain.SharedKernel;
using Mediator;
using Deepnote.Application.Caching.Contracts.GetCachePolicy;
using Deepnote.Application.Caching.Contracts.GetCacheSlot;
using Deepnote.Application.Caching.Contracts.InvalidateConnectionCache;
using Deepnote.Application.Caching.Contracts.LookupCachedResult;
using Deepnote.Application.Caching.Contracts.PurgeCacheBelowKeyVersion;
using Deepnote.Application.Caching.Contracts.StoreCachedResult;

namespace Deepnote.Application.Caching.Policies.GetConnectionCachePolicy;

internal sealed class GetConnectionCachePolicyQueryHandler(ISender sender)
    : IQueryHandler<GetConnectionCachePolicyQuery, CachePolicyDto>
{
    public async ValueTask<CachePolicyDto> Handle(GetConnectionCachePolicyQuery query, CancellationToken ct) =>
        await sender.Send(new GetCachePolicyQuery(query.ConnectionId), ct);
}
