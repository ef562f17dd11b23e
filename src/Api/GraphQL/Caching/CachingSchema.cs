using Deepnote.Api.GraphQL.Common;
using Deepnote.Api.GraphQL.Vault;
using Deepnote.Application.Caching.Entries.InvalidateCache;
using Deepnote.Application.Caching.Policies.SetCachePolicy;
using Deepnote.Application.Vault.Connections.GetConnection;
using Deepnote.Application.Vault.Contracts;
using Deepnote.Domain.Caching;
using Deepnote.Domain.SharedKernel;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Caching;

/// <summary>The caching module's fields: a connection's cache policy and emptying its cache.</summary>
public static class CachingSchema
{
    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Change<ConnectionPayloadGraphType, ConnectionDto>("setCachePolicy", "connectionId",
                i => i.Required<CachePolicyModeGraphType>("mode").Optional<IntGraphType>("ttlSeconds"),
                (i, connection) => new SetCachePolicyCommand(new ConnectionId(connection), i.Enum<CachePolicyMode>("mode"),
                    i.OptionalInt("ttlSeconds")),
                connection => new GetConnectionQuery(new ConnectionId(connection)))
            .Description("ADMIN: OFF, or TTL with a lifetime within the workspace's longest.");

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
