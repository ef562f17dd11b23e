using Deepnote.Api.GraphQL.Common;
using Deepnote.Api.GraphQL.Vault;
using Deepnote.Application.Caching.Entries.InvalidateCache;
using Deepnote.Application.Caching.Policies.SetCachePolicy;
using Deepnote.Application.Vault.Connections.GetConnection;
using Deepnote.Domain.Caching;
using Deepnote.Domain.SharedKernel;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Caching;

/// <summary>The caching module's fields: a connection's cache policy and emptying its cache.</summary>
public static class CachingSchema
{
    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ConnectionPayloadGraphType>>("setCachePolicy")
            .Description("ADMIN: OFF, or TTL with a lifetime within the workspace's longest.")
            .Input("SetCachePolicyInput", i => i.Required<IdGraphType>("connectionId")
                .Required<CachePolicyModeGraphType>("mode").Optional<IntGraphType>("ttlSeconds"))
            .ResolveAsync(async c =>
            {
                var i = c.Input();
                var connection = new ConnectionId(i.Id("connectionId"));
                await c.SendAsync(new SetCachePolicyCommand(connection, i.Enum<CachePolicyMode>("mode"), i.OptionalInt("ttlSeconds")));
                return await c.SendAsync(new GetConnectionQuery(connection));
            });

        mutation.Field<NonNullGraphType<InvalidateCachePayloadGraphType>>("invalidateCache")
            .Description("Empties a connection's result cache.")
            .Input("InvalidateCacheInput", i => i.Required<IdGraphType>("connectionId"))
            .ResolveAsync(async c =>
            {
                var connection = new ConnectionId(c.Input().Id("connectionId"));
                return new InvalidateCachePayload(await c.SendAsync(new InvalidateCacheCommand(connection)), connection);
            });
    }
}
