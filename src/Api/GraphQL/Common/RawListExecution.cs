using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Deepnote.Api.GraphQL.Common;

/// <summary>
/// A list field marked with <see cref="Metadata"/> (query result rows: up to 10,000 × columns JSON values) is
/// completed as one value instead of one execution node per cell, which GraphQL.NET would otherwise build; the
/// response is the same JSON (<c>[[...]]</c>) and the schema keeps its list type. The field's resolver must return
/// values that are already JSON-ready.
/// </summary>
public static class RawListExecution
{
    public const string Metadata = "deepnote:raw-list";

    private static readonly JsonScalar Json = new();

    public static ExecutionNode? Build(ExecutionNode parent, GraphQLField field, FieldType definition, int? index) =>
        definition.GetMetadata(Metadata, false) ? new ValueExecutionNode(parent, Json, field, definition, index) : null;
}
