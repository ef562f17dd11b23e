using Deepnote.Application.Common;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Common;

/// <summary>A Relay connection over a <see cref="Page{T}"/>: <c>edges { cursor node }</c>, <c>pageInfo</c>, and
/// <c>totalCount</c> where the list knows it.</summary>
public sealed class ConnectionGraphType<TNodeGraph, TNode> : ObjectGraphType<Page<TNode>>
    where TNodeGraph : IGraphType
{
    public ConnectionGraphType()
    {
        Name = NodeName() + "Connection";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeGraphType<TNodeGraph, TNode>>>>>("edges")
            .Resolve(c => c.Source.Items);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").Resolve(c => new PageInfo(c.Source.HasNextPage,
            c.Source.HasPreviousPage, c.Source.Items.FirstOrDefault()?.Cursor, c.Source.Items.LastOrDefault()?.Cursor));
        Field<IntGraphType>("totalCount").Resolve(c => c.Source.TotalCount);
    }

    internal static string NodeName() => typeof(TNodeGraph).Name.Replace("GraphType", "", StringComparison.Ordinal);
}
