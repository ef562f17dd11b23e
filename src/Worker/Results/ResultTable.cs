namespace Deepnote.Worker.Results;

/// <summary>The rows a run read, JSON-ready, with the columns' names, engine types and Arrow kinds.</summary>
public sealed record ResultTable(IReadOnlyList<ResultColumn> Columns, IReadOnlyList<object?[]> Rows, bool Truncated,
    long Bytes);
