using Deepnote.Api.GraphQL.Common;
using Deepnote.Api.GraphQL.Vault;
using Deepnote.Application.Caching.Policies.GetConnectionCachePolicy;
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
