using Deepnote.Api.GraphQL.Common;
using Deepnote.Api.GraphQL.Vault;
using Deepnote.Application.Caching.Contracts;
using Deepnote.Application.Vault.Connections.GetConnection;
using Deepnote.Domain.Caching;
using Deepnote.Domain.SharedKernel;
using global::GraphQL;
using global::GraphQL.Types;
using Deepnote.Application.Caching.Contracts.GetCachePolicy;
using Deepnote.Application.Caching.Contracts.GetCacheSlot;
using Deepnote.Application.Caching.Contracts.InvalidateConnectionCache;
using Deepnote.Application.Caching.Contracts.LookupCachedResult;
using Deepnote.Application.Caching.Contracts.PurgeCacheBelowKeyVersion;
using Deepnote.Application.Caching.Contracts.StoreCachedResult;
using Deepnote.Application.Caching.Entries.InvalidateCache;
using Deepnote.Application.Caching.Policies.GetConnectionCachePolicy;
using Deepnote.Application.Caching.Policies.SetCachePolicy;

namespace Deepnote.Api.GraphQL.Caching;

public sealed class CachePolicyGraphType : ObjectGraphType<CachePolicyDto>
{
    public CachePolicyGraphType()
    {
        Name = "CachePolicy";
        Field<NonNullGraphType<CachePolicyModeGraphType>>("mode").Resolve(c => c.Source.Mode);
        Field(p => p.TtlSeconds, nullable: true);
    }
}
