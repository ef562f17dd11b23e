using Deepnote.Domain.Vault.Connections;

namespace Deepnote.Application.Abstractions;

/// <summary>Talks to a customer's database engine. Implemented per engine in Infrastructure/DataSources.</summary>
public interface IDataSourceConnector
{
    ConnectionEngine Engine { get; }

    /// <summary>Opens a session and runs a trivial statement; a failure answers a fixed sentence, never the server's text.</summary>
    Task<ConnectionCheck> TestAsync(ConnectionTarget target, string? password, CancellationToken ct);

    /// <summary>Runs one statement within the spec's guardrails and reads at most its row and byte limits into
    /// memory. Cancelling <paramref name="ct"/> stops the statement in the database, not just the wait. Throws
    /// <see cref="QueryFailedException"/> (message scrubbed of the password) when the engine refuses.</summary>
    Task<QueryResult> ExecuteAsync(ConnectionTarget target, string? password, QuerySpec spec, CancellationToken ct);
}
