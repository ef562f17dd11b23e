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

public sealed class InvalidateCachePayloadGraphType : ObjectGraphType<InvalidateCachePayload>
{
    public InvalidateCachePayloadGraphType()
    {
        Name = "InvalidateCachePayload";
        Field(p => p.RemovedEntries).Description("How many cached results were removed.");
        Field<NonNullGraphType<IdGraphType>>("connectionId").Resolve(c => c.Source.ConnectionId.Value);
    }
}
