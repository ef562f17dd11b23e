using Deepnote.Application.Abstractions;
using Deepnote.Domain.Vault.Connections;
using DuckDB.NET.Data;

namespace Deepnote.Infrastructure.DataSources.DuckDb;

/// <summary>DuckDB databases (a file, opened read-only, or <c>:memory:</c>) through DuckDB.NET.</summary>
public sealed class DuckDbConnector : IDataSourceConnector
{
    public ConnectionEngine Engine => ConnectionEngine.DuckDb;

    public async Task<ConnectionCheck> TestAsync(ConnectionSettings settings, string? password, CancellationToken ct)
    {
        var path = settings.Database ?? ":memory:";
        if (path != ":memory:" && !File.Exists(path))
        {
            return new ConnectionCheck(false, $"The DuckDB file {path} does not exist on the server.");
        }

        try
        {
            var readOnly = path == ":memory:" ? "" : ";ACCESS_MODE=READ_ONLY";
            await using var connection = new DuckDBConnection($"Data Source={path}{readOnly}");
            await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            command.CommandText = "select version()";
            return new ConnectionCheck(true, $"Connected: DuckDB {await command.ExecuteScalarAsync(ct)}");
        }
        catch (Exception ex) when (ex is DuckDBException or InvalidOperationException or ArgumentException)
        {
            return new ConnectionCheck(false, SecretScrubber.Scrub(ex.Message, password));
        }
    }
}
