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
