using global::GraphQL.Types;
using Mediator;

namespace Deepnote.Api.GraphQL.Common;

/// <summary>Root query fields of one shape.</summary>
public static class QueryFields
{
    /// <summary>One object by its <c>id</c> (<c>project(id:)</c>): null-able, and NOT_FOUND when the caller may not
    /// see it, exactly as when it does not exist.</summary>
    public static void ById<TGraphType, TResult>(this ObjectGraphType query, string name, string? description,
        Func<Guid, IQuery<TResult>> read) where TGraphType : IGraphType =>
        query.Field<TGraphType>(name).Description(description)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.SendAsync(read(c.GetId("id"))));
}
