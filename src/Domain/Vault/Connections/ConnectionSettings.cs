namespace Deepnote.Domain.Vault.Connections;

/// <summary>Where a connection points. Never a secret: the password is sealed in the vault.</summary>
/// <param name="Database">PostgreSQL: the database name; DuckDB: <c>:memory:</c>, <c>:files:</c> (the workspace's
/// uploaded files), <c>upload:&lt;name&gt;.duckdb</c> (a DuckDB database it uploaded) or a file path under an operator
/// directory.</param>
/// <param name="AllowMd5">PostgreSQL: also answer a server asking for MD5 (SCRAM-SHA-256 only by default; an ADMIN's
/// visible choice per connection). Cleartext passwords are never sent.</param>
/// <param name="PerPerson">PostgreSQL: no shared account; each member signs in with database credentials of their own
/// (<see cref="PersonalCredential"/>), so the database sees, limits and audits each person.</param>
public sealed record ConnectionSettings(ConnectionEngine Engine, string? Host, int? Port, string? Database,
    string? Username, SslMode? SslMode, bool AllowMd5 = false, bool PerPerson = false)
{
    /// <summary>A DuckDB connection over the workspace's uploaded CSV and Parquet files: each file a query names is
    /// decrypted into memory and readable as a table of that name.</summary>
    public const string WorkspaceFiles = ":files:";

    public bool IsWorkspaceFiles => Engine == ConnectionEngine.DuckDb && Database == WorkspaceFiles;

    /// <summary>A DuckDB connection to a database file the workspace uploaded: <c>upload:&lt;name&gt;.duckdb</c>,
    /// attached read-only from memory for each run.</summary>
    public const string UploadPrefix = "upload:";

    /// <summary>The uploaded DuckDB database this connection opens, or null.</summary>
    public string? UploadedDatabase => Engine == ConnectionEngine.DuckDb && Database is { } d
        && d.StartsWith(UploadPrefix, StringComparison.Ordinal) ? d[UploadPrefix.Length..] : null;
}
