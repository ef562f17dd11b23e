namespace Deepnote.Application.Abstractions;

/// <summary>A result held in memory: values are JSON-ready (string, number, boolean or null).</summary>
/// <param name="Transport">How the session reached the database: <c>TLS</c>, <c>PLAIN</c>, or <c>NONE</c> (no network:
/// DuckDB); null for a result served from the cache.</param>
public sealed record QueryResult(IReadOnlyList<QueryColumn> Columns, IReadOnlyList<object?[]> Rows, bool Truncated,
    long Bytes, double DurationMs, string? Transport = null);
