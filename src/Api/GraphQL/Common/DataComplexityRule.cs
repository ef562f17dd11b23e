using global::GraphQL.Validation;
using global::GraphQL.Validation.Complexity;
using global::GraphQL.Validation.Rules.Custom;

namespace Deepnote.Api.GraphQL.Common;

/// <summary>Depth and complexity limits for documents that read data. A document that only reads the schema is held
/// by <see cref="Introspection"/>'s own limits instead (its size is bounded by the schema's, not by data): the
/// standard introspection query nests 15 deep through its <c>ofType</c> chain and would not pass these.</summary>
public sealed class DataComplexityRule(ComplexityOptions options) : ComplexityValidationRule(options)
{
    protected override ValueTask ValidateComplexityAsync(ValidationContext context, double totalComplexity, int maxDepth) =>
        Introspection.ReadsOnlySchema(context.Operation) ? default : base.ValidateComplexityAsync(context, totalComplexity, maxDepth);
}
