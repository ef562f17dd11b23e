using global::GraphQL.Builders;
using global::GraphQL.Types;

namespace Deepnote.Api.GraphQL.Common;

public static class ConnectionArguments
{
    public static FieldBuilder<TSource, object> Paged<TSource>(this FieldBuilder<TSource, object> field) =>
        field.Argument<IntGraphType>("first", "At most this many items (1..500, default 50).")
            .Argument<StringGraphType>("after", "The endCursor of the previous page.");
}
