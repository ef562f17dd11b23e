using Deepnote.Application.Abstractions;
using Deepnote.Application.Caching.Ports;
using Deepnote.Application.Common;
using Deepnote.Application.Common.Authorization;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Domain.Caching;
using Deepnote.Domain.SharedKernel;
using Mediator;

namespace Deepnote.Application.Caching.Contracts;

internal sealed class GetCachePolicyQueryHandler(IResultCacheStore store) : IQueryHandler<GetCachePolicyQuery, CachePolicyDto>
{
    public async ValueTask<CachePolicyDto> Handle(GetCachePolicyQuery query, CancellationToken ct)
    {
        var (mode, ttl) = await store.GetPolicyAsync(query.ConnectionId, ct);
        return new CachePolicyDto(mode, ttl);
    }
}
