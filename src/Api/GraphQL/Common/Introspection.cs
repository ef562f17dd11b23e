using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace Deepnote.Api.GraphQL.Common;

/// <summary>Reading the schema (<c>__schema</c>, <c>__type</c>; <c>__typename</c> is a data field's companion and
/// allowed) needs a signed-in caller and is limited: at most <see cref="MaxSchemaReads"/> schema reads a document, at
/// most <see cref="MaxDepth"/> deep, no alias inside a schema read, at most <see cref="MaxSelections"/> selections
/// with fragments expanded, a type reference (<c>type</c>, <c>ofType</c>, <c>interfaces</c>, <c>possibleTypes</c>)
/// never expanded into lists again (that re-entry is what multiplies an answer), and an answer of at most
/// <see cref="MaxResponseBytes"/>. So reading the schema costs at most a few times the schema's size, and checking a
/// document costs at most <see cref="MaxSelections"/> steps.</summary>
public static class Introspection
{
    public const int MaxResponseBytes = 2 * 1024 * 1024;
    public const int MaxSchemaReads = 2;
    public const int MaxDepth = 16;
    public const int MaxSelections = 2_000;

    private static readonly HashSet<string> TypeReferences = ["type", "ofType", "interfaces", "possibleTypes"];
    private static readonly HashSet<string> Lists = ["types", "fields", "inputFields", "enumValues", "args", "interfaces",
        "possibleTypes", "directives"];

    /// <summary>Whether the document asks for the schema anywhere (fragments included); false when it does not parse
    /// (GraphQL then reports the syntax error).</summary>
    public static bool Requested(string query) => Parse(query) is { } document && Fields(document, document).Any(IsSchemaRead);

    /// <summary>Why this schema read is refused, or null.</summary>
    public static string? Problem(string query)
    {
        if (Parse(query) is not { } document) return null;
        if (Fields(document, document).Count(IsSchemaRead) > MaxSchemaReads)
        {
            return $"A document may read the schema at most {MaxSchemaReads} times.";
        }

        var budget = new Budget();
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            if (Walk(document, operation.SelectionSet, depth: 1, underReference: false, inSchemaRead: false, [], budget) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    public static bool ReadsOnlySchema(GraphQLOperationDefinition operation) =>
        operation.SelectionSet.Selections.All(s => s is GraphQLField f && f.Name.StringValue.StartsWith("__", StringComparison.Ordinal));

    private static string? Walk(GraphQLDocument document, GraphQLSelectionSet set, int depth, bool underReference,
        bool inSchemaRead, HashSet<string> visiting, Budget budget)
    {
        if (depth > MaxDepth) return $"A schema read may nest at most {MaxDepth} levels.";
        foreach (var selection in set.Selections)
        {
            if (++budget.Spent > MaxSelections) return $"A document may make at most {MaxSelections} selections.";
            var problem = selection switch
            {
                GraphQLField { Alias: not null } when inSchemaRead => "Aliases are not accepted inside a schema read.",
                GraphQLField f when underReference && Lists.Contains(f.Name.StringValue) && f.SelectionSet is not null =>
                    "A type reference cannot be expanded again; ask for it by name with __type.",
                GraphQLField { SelectionSet: { } children } f =>
                    Walk(document, children, depth + 1, underReference || TypeReferences.Contains(f.Name.StringValue),
                        inSchemaRead || IsSchemaRead(f), visiting, budget),
                GraphQLInlineFragment i => Walk(document, i.SelectionSet, depth, underReference, inSchemaRead, visiting, budget),
                GraphQLFragmentSpread s when visiting.Add(s.FragmentName.Name.StringValue) =>
                    Fragment(document, s.FragmentName.Name.StringValue) is { } fragment
                        ? WalkThenLeave(document, fragment.SelectionSet, depth, underReference, inSchemaRead, visiting, budget,
                            s.FragmentName.Name.StringValue)
                        : null,
                _ => null,
            };
            if (problem is not null) return problem;
        }

        return null;
    }

    private static string? WalkThenLeave(GraphQLDocument document, GraphQLSelectionSet set, int depth, bool underReference,
        bool inSchemaRead, HashSet<string> visiting, Budget budget, string fragment)
    {
        var problem = Walk(document, set, depth, underReference, inSchemaRead, visiting, budget);
        visiting.Remove(fragment);
        return problem;
    }

    /// <summary>Selections visited so far, fragments counted each time they are spread (so nesting them cannot make
    /// the check itself exponential).</summary>
    private sealed class Budget
    {
        public int Spent { get; set; }
    }

    private static GraphQLFragmentDefinition? Fragment(GraphQLDocument document, string name) =>
        document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(f => f.FragmentName.Name.StringValue == name);

    private static bool IsSchemaRead(GraphQLField field) => field.Name.StringValue is "__schema" or "__type";

    private static GraphQLDocument? Parse(string query)
    {
        try
        {
            return Parser.Parse(query);
        }
        catch (GraphQLParserException)
        {
            return null; // GraphQL reports it
        }
    }

    private static IEnumerable<GraphQLField> Fields(GraphQLDocument document, ASTNode node)
    {
        var pending = new Stack<ASTNode>([node]);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (current is GraphQLField field) yield return field;
            var children = current switch
            {
                GraphQLDocument d => d.Definitions.Cast<ASTNode>(),
                GraphQLOperationDefinition o => [o.SelectionSet],
                GraphQLFragmentDefinition f => [f.SelectionSet],
                GraphQLSelectionSet s => s.Selections.Cast<ASTNode>(),
                GraphQLField f when f.SelectionSet is not null => [f.SelectionSet],
                GraphQLInlineFragment i => [i.SelectionSet],
                _ => [],
            };
            foreach (var child in children) pending.Push(child);
        }
    }
}
