using Deepnote.Domain.Caching;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Caching;

public sealed class CachePolicyModeGraphType : EnumerationGraphType<CachePolicyMode>
{
    public CachePolicyModeGraphType() => Name = "CachePolicyMode";
}
