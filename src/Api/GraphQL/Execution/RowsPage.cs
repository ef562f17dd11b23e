using System.Text.Json.Serialization;
using Deepnote.Application.Execution.Running;

namespace Deepnote.Api.GraphQL.Execution;

/// <summary>A page of a result's rows as the <c>rows</c> field answers it: written straight to the response as
/// <c>[[...], ...]</c> by <see cref="ResultCodec.WriteRows"/>, without a copy of the rows.</summary>
[JsonConverter(typeof(RowsPageConverter))]
public sealed record RowsPage(IReadOnlyList<object?[]> Rows, int Offset, int Limit) : IEnumerable<object?[]>
{
    /// <summary>How many rows the page holds.</summary>
    public int Count => Math.Max(0, Math.Min(Limit, Rows.Count - Offset));

    /// <summary>The same page as a sequence, should anything walk it as a list.</summary>
    public IEnumerator<object?[]> GetEnumerator() => Rows.Skip(Offset).Take(Limit).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
