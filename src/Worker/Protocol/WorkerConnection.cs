namespace Deepnote.Worker.Protocol;

/// <summary>Where a run connects. For PostgreSQL, <paramref name="Host"/> is the name the TLS certificate is checked
/// against; the worker can reach only the address the API checked for it (through the egress socket).</summary>
/// <param name="PoolKey">Which connection and credential version a pooled session belongs to.</param>
/// <param name="Database">PostgreSQL: the database; DuckDB: <c>:memory:</c>, <c>:files:</c> or a path under an
/// operator directory, bound read-only at the same path.</param>
public sealed record WorkerConnection(string PoolKey, string? Host, int Port, string? Database, string? Username,
    string? Password, string SslMode, string RequireAuth)
{
    public override string ToString() => $"{nameof(WorkerConnection)} {{ {Host}:{Port} }}";
}
