using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace Deepnote.Api.GraphQL.Common;

/// <summary>A result's rows are its bulk: a document may ask for <c>rows</c> at most <see cref="Max"/> times, counted
/// with fragments expanded (600 aliased copies of one result's rows made a 670 MB answer). The count stops early, so
/// checking stays cheap whatever the document's shape.</summary>
public static class RowsSelections
{
    public const int Max = 4;
    private const int MaxVisited = 10_000;

    /// <summary>Why the document is refused, or null.</summary>
    public static string? Problem(string query)
    {
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query);
        }
        catch (GraphQLParserException)
        {
            return null; // GraphQL reports it
        }

        var fragments = document.Definitions.OfType<GraphQLFragmentDefinition>()
            .GroupBy(f => f.FragmentName.Name.StringValue).ToDictionary(g => g.Key, g => g.First());
        var (rows, visited) = (0, 0);
        var pending = new Stack<GraphQLSelectionSet>(document.Definitions.OfType<GraphQLOperationDefinition>().Select(o => o.SelectionSet));
        while (pending.Count > 0)
        {
            foreach (var selection in pending.Pop().Selections)
            {
                if (++visited > MaxVisited) return $"A document may make at most {MaxVisited} selections.";
                switch (selection)
                {
                    case GraphQLField f:
                        if (f.Name.StringValue == "rows" && ++rows > Max) return $"A document may ask for rows at most {Max} times.";
                        if (f.SelectionSet is not null) pending.Push(f.SelectionSet);
                        break;
                    case GraphQLInlineFragment i:
                        pending.Push(i.SelectionSet);
                        break;
                    case GraphQLFragmentSpread s when fragments.TryGetValue(s.FragmentName.Name.StringValue, out var fragment):
                        pending.Push(fragment.SelectionSet); // a cycle is bounded by the visit budget (GraphQL refuses it anyway)
                        break;
                }
            }
        }

        return null;
    }
}
