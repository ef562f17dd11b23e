namespace Deepnote.Worker.Protocol;

/// <summary>An input file of a run: readable as a table named <paramref name="Name"/>; its bytes follow the request.</summary>
/// <param name="Format"><c>csv</c>, <c>parquet</c> or <c>duckdb</c>.</param>
public sealed record WorkerFile(string Name, string Format, long Length);
