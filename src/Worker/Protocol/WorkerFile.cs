namespace Deepnote.Worker.Protocol;

/// <summary>An input file of a run: readable as a table named <paramref name="Name"/>; its bytes follow the request.</summary>
/// <param name="Format"><c>csv</c> or <c>parquet</c>.</param>
public sealed record WorkerFile(string Name, string Format, long Length);
