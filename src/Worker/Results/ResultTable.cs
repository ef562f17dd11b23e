namespace Deepnote.Worker.Results;

/// <summary>The rows a run read, JSON-ready, with the columns' names, engine types and Arrow kinds.</summary>
/// <param name="Transport">How the session reached the database: <c>TLS</c>, <c>PLAIN</c> or <c>NONE</c>.</param>
public sealed record ResultTable(IReadOnlyList<ResultColumn> Columns, IReadOnlyList<object?[]> Rows, bool Truncated,
    long Bytes, string Transport = "NONE");
