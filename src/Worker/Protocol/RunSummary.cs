namespace Deepnote.Worker.Protocol;

/// <summary>How a run that produced a result ended; the rows came before it as Arrow frames.</summary>
/// <param name="Message">For a connection test: the fixed sentence to show.</param>
/// <param name="Transport">How the session reached the database: <c>TLS</c>, <c>PLAIN</c> or <c>NONE</c> (DuckDB).</param>
public sealed record RunSummary(int Rows, bool Truncated, long Bytes, double DurationMs, string? Message = null,
    string Transport = "NONE");
