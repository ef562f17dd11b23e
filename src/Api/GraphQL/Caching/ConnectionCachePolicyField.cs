using Deepnote.Api.GraphQL.Common;
using Deepnote.Api.GraphQL.Vault;
using Deepnote.Application.Caching.Contracts;
using Deepnote.Application.Caching.GetCachePolicy;
using Deepnote.Application.Caching.InvalidateCache;
using Deepnote.Application.Caching.SetCachePolicy;
using Deepnote.Application.Vault.Connections.GetConnection;
using Deepnote.Domain.Caching;
using Deepnote.Domain.SharedKernel;
using global::GraphQL;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Caching;

/// <summary>Connection.cachePolicy, added to the vault module's Connection type.</summary>
public sealed class ConnectionCachePolicyField : IObjectTypeExtension<ConnectionGraphType>
{
    public void Extend(ConnectionGraphType connection) =>
        connection.Field<NonNullGraphType<CachePolicyGraphType>>("cachePolicy")
            .Description("Whether results of this connection are cached (encrypted), and for how long.")
            .ResolveAsync(async c => await c.SendAsync(new GetConnectionCachePolicyQuery(c.Source.Id)));
}
