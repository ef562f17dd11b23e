using System.Text.Json.Serialization;
using Deepnote.Application.Execution.Running;

namespace Deepnote.Api.GraphQL.Execution;

/// <summary>A page of a result's rows as the <c>rows</c> field answers it: written straight to the response as
/// <c>[[...], ...]</c> by <see cref="ResultCodec.WriteRows"/>, without a copy of the rows; or, for rows another node
/// holds, the JSON that node wrote (<see cref="Json"/>).</summary>
[JsonConverter(typeof(RowsPageConverter))]
public sealed record RowsPage(IReadOnlyList<object?[]> Rows, int Offset, int Limit) : IEnumerable<object?[]>
{
    public static RowsPage From(Application.Execution.RowsJson? elsewhere) =>
        elsewhere is null ? new([], 0, 0) : new([], 0, elsewhere.Count) { Json = elsewhere.Json, Written = elsewhere.Count };

    /// <summary>The page as JSON written by the node holding the rows (null: written here from <see cref="Rows"/>).</summary>
    public byte[]? Json { get; private init; }

    private int? Written { get; init; }

    /// <summary>How many rows the page holds.</summary>
    public int Count => Written ?? Math.Max(0, Math.Min(Limit, Rows.Count - Offset));

    /// <summary>The same page as a sequence, should anything walk it as a list.</summary>
    public IEnumerator<object?[]> GetEnumerator() => Rows.Skip(Offset).Take(Limit).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
