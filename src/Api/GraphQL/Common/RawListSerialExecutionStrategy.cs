using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Deepnote.Api.GraphQL.Common;

/// <summary>Mutations (serial, as the specification requires) with raw lists.</summary>
public sealed class RawListSerialExecutionStrategy : SerialExecutionStrategy
{
    protected override ExecutionNode BuildExecutionNode(ExecutionNode parent, IGraphType graphType, GraphQLField field,
        FieldType fieldDefinition, int? indexInParentNode = null) =>
        RawListExecution.Build(parent, field, fieldDefinition, indexInParentNode)
        ?? base.BuildExecutionNode(parent, graphType, field, fieldDefinition, indexInParentNode);
}
