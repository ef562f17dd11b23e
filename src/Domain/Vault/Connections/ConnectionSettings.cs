namespace Deepnote.Domain.Vault.Connections;

public enum ConnectionEngine
{
    Postgres,
    DuckDb,
}

public enum SslMode
{
    Disable,
    Prefer,
    Require,
    VerifyFull,
}

/// <summary>Where a connection points. Never a secret: the password is sealed in the vault.</summary>
/// <param name="Database">PostgreSQL: the database name; DuckDB: a file path or <c>:memory:</c>.</param>
public sealed record ConnectionSettings(ConnectionEngine Engine, string? Host, int? Port, string? Database,
    string? Username, SslMode? SslMode);
