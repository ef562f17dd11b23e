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

/// <summary>Connection.cachePolicy, added to the vault module's Connection type.</summary>
public sealed class ConnectionCachePolicyField : IObjectTypeExtension<ConnectionGraphType>
{
    public void Extend(ConnectionGraphType connection) =>
        connection.Field<NonNullGraphType<CachePolicyGraphType>>("cachePolicy")
            .Description("Whether results of this connection are cached (encrypted), and for how long.")
            .ResolveAsync(async c => await c.SendAsync(new GetConnectionCachePolicyQuery(c.Source.Id)));
}
