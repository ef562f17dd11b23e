namespace Deepnote.Application.Abstractions;

/// <summary>A result held in memory: values are JSON-ready (string, number, boolean or null).</summary>
public sealed record QueryResult(IReadOnlyList<QueryColumn> Columns, IReadOnlyList<object?[]> Rows, bool Truncated,
    long Bytes, double DurationMs);
