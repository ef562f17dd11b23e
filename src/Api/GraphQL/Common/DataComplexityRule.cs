using global::GraphQL.Validation;
using global::GraphQL.Validation.Complexity;
using global::GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;

namespace Deepnote.Api.GraphQL.Common;

/// <summary>Depth and complexity limits for queries that read data. A document that only introspects the schema
/// (GraphiQL's start-up query) is answered from the schema itself, touches no data, and is not limited.</summary>
public sealed class DataComplexityRule(ComplexityOptions options) : ComplexityValidationRule(options)
{
    protected override ValueTask ValidateComplexityAsync(ValidationContext context, double totalComplexity, int maxDepth) =>
        context.Operation.SelectionSet.Selections.All(s => s is GraphQLField f && f.Name.StringValue.StartsWith("__", StringComparison.Ordinal))
            ? default
            : base.ValidateComplexityAsync(context, totalComplexity, maxDepth);
}
