using Deepnote.Application.Common;
using global::GraphQL.Builders;
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

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

public sealed class PageInfoGraphType : ObjectGraphType<PageInfo>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Field(p => p.HasNextPage);
        Field(p => p.HasPreviousPage);
        Field(p => p.StartCursor, nullable: true);
        Field(p => p.EndCursor, nullable: true);
    }
}

public static class ConnectionArguments
{
    public static FieldBuilder<TSource, object> Paged<TSource>(this FieldBuilder<TSource, object> field) =>
        field.Argument<IntGraphType>("first", "At most this many items (1..500, default 50).")
            .Argument<StringGraphType>("after", "The endCursor of the previous page.");
}
