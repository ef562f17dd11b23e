namespace Deepnote.Domain.Vault.Connections;

/// <summary>Where a connection points. Never a secret: the password is sealed in the vault.</summary>
/// <param name="Database">PostgreSQL: the database name; DuckDB: a file path, <c>:memory:</c> or <c>:files:</c> (the
/// workspace's uploaded files).</param>
public sealed record ConnectionSettings(ConnectionEngine Engine, string? Host, int? Port, string? Database,
    string? Username, SslMode? SslMode)
{
    /// <summary>A DuckDB connection over the workspace's uploaded CSV and Parquet files: each file a query names is
    /// decrypted into memory and readable as a table of that name.</summary>
    public const string WorkspaceFiles = ":files:";

    public bool IsWorkspaceFiles => Engine == ConnectionEngine.DuckDb && Database == WorkspaceFiles;
}
