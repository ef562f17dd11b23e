namespace Deepnote.Application.Abstractions;

/// <param name="Sql">One statement, with the attribution comment already in front.</param>
/// <param name="Files">Uploaded files the statement may read as tables (DuckDB over the workspace's files).</param>
public sealed record QuerySpec(string Sql, bool AllowWrites, int TimeoutSeconds, int MaxRows, long MaxBytes,
    IReadOnlyList<QueryFile>? Files = null);
