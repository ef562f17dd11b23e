using Deepnote.Domain.Vault.Connections;

namespace Deepnote.Application.Abstractions;

/// <summary>Talks to a customer's database engine. Implemented per engine in Infrastructure/DataSources.</summary>
public interface IDataSourceConnector
{
    ConnectionEngine Engine { get; }

    /// <summary>Opens a session and runs a trivial statement; the message is the driver's, scrubbed of the password.</summary>
    Task<ConnectionCheck> TestAsync(ConnectionSettings settings, string? password, CancellationToken ct);

    /// <summary>Runs one statement within the spec's guardrails and reads at most its row and byte limits into
    /// memory. Cancelling <paramref name="ct"/> stops the statement in the database, not just the wait. Throws
    /// <see cref="QueryFailedException"/> (message scrubbed of the password) when the engine refuses.</summary>
    Task<QueryResult> ExecuteAsync(ConnectionTarget target, string? password, QuerySpec spec, CancellationToken ct);
}

/// <summary>Which connection (and which version of its credentials) a run is for; pools are keyed by both.</summary>
public sealed record ConnectionTarget(Guid ConnectionId, Guid CredentialVersion, ConnectionSettings Settings);

/// <param name="Sql">One statement, with the attribution comment already in front.</param>
/// <param name="Files">Uploaded files the statement may read as tables (DuckDB over the workspace's files).</param>
public sealed record QuerySpec(string Sql, bool AllowWrites, int TimeoutSeconds, int MaxRows, long MaxBytes,
    IReadOnlyList<QueryFile>? Files = null);

/// <summary>A decrypted upload in memory, readable by the engine at <paramref name="Path"/> as table <paramref name="Name"/>.</summary>
public sealed record QueryFile(string Name, string Format, string Path);

public sealed record QueryColumn(string Name, string Type);

/// <summary>A result held in memory: values are JSON-ready (string, number, boolean or null).</summary>
public sealed record QueryResult(IReadOnlyList<QueryColumn> Columns, IReadOnlyList<object?[]> Rows, bool Truncated,
    long Bytes, double DurationMs);

/// <param name="Code">The engine's error class (a SQLSTATE such as 42P01, or TIMEOUT, CONNECTION).</param>
public sealed class QueryFailedException(string code, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public string Code { get; } = code;
}

public sealed record ConnectionCheck(bool Success, string Message);
