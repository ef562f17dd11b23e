using global::GraphQL.Types;
using GraphQLParser.AST;

namespace Deepnote.Api.GraphQL.Common;

/// <summary><c>JSON</c>: any JSON value, output only (event data).</summary>
public sealed class JsonScalar : ScalarGraphType
{
    public JsonScalar() => Name = "JSON";

    public override object? ParseLiteral(GraphQLValue value) =>
        throw new NotSupportedException("JSON is an output type only.");

    public override object? ParseValue(object? value) => value;

    public override object? Serialize(object? value) => value;
}
