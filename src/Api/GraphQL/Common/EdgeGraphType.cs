using Deepnote.Application.Common;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Common;

public sealed class EdgeGraphType<TNodeGraph, TNode> : ObjectGraphType<PageItem<TNode>>
    where TNodeGraph : IGraphType
{
    public EdgeGraphType()
    {
        Name = ConnectionGraphType<TNodeGraph, TNode>.NodeName() + "Edge";
        Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeGraph>>("node").Resolve(c => c.Source.Node);
    }
}
