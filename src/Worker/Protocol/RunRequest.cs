namespace Deepnote.Worker.Protocol;

/// <summary>Everything a worker gets for one run: the statement, its limits, the unwrapped credentials of this run
/// only, and the names and sizes of the files whose bytes follow as <see cref="FrameKind.FileChunk"/> frames.</summary>
/// <param name="Test">Only open a session and ask the engine's version (testConnection).</param>
public sealed record RunRequest(string Engine, WorkerConnection Connection, string Sql, bool AllowWrites,
    int TimeoutSeconds, int MaxRows, long MaxBytes, IReadOnlyList<WorkerFile> Files, bool Test = false)
{
    public const string Postgres = "POSTGRES";
    public const string DuckDb = "DUCKDB";

    public override string ToString() => $"{nameof(RunRequest)} {{ {Engine}, {Files.Count} files }}";
}
