using Deepnote.Domain.Vault.Connections;

namespace Deepnote.Application.Abstractions;

/// <summary>Talks to a customer's database engine. Implemented per engine in Infrastructure/DataSources.</summary>
public interface IDataSourceConnector
{
    ConnectionEngine Engine { get; }

    /// <summary>Opens a session and runs a trivial statement; the message is the driver's, scrubbed of the password.</summary>
    Task<ConnectionCheck> TestAsync(ConnectionSettings settings, string? password, CancellationToken ct);
}

public sealed record ConnectionCheck(bool Success, string Message);
