using Deepnote.Application.Caching.Contracts;
using global::GraphQL.Types;

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
