using System.Data.Common;
using System.Net;
using Deepnote.Domain.Vault.Connections;

namespace Deepnote.Api.Hosting;

/// <summary>The sample database <c>./deepnote run</c> loads into the customers' cluster (<c>DEEPNOTE_DEMO_DATABASE</c>,
/// a PostgreSQL connection string of a read-only role). The password is a secret: never printed.</summary>
public sealed record SampleDatabase(ConnectionSettings Settings, string Password)
{
    /// <summary>The one internal address the sample sits at, opened to query workers (and nothing else beside it).</summary>
    public IPEndPoint? Endpoint => IPAddress.TryParse(Settings.Host, out var address) && Settings.Port is { } port
        ? new IPEndPoint(address, port) : null;

    /// <summary>Null when unset; a malformed value stops the start (the operator asked for something we cannot do).</summary>
    public static SampleDatabase? Parse(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString)) return null;
        var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
        string? Value(string key) => builder.TryGetValue(key, out var v) && v?.ToString() is { Length: > 0 } s ? s : null;
        var host = Value("Host");
        var database = Value("Database");
        var username = Value("Username");
        var password = Value("Password");
        if (host is null || database is null || username is null || password is null
            || !int.TryParse(Value("Port") ?? "5432", out var port) || port is <= 0 or > 65535)
        {
            throw new InvalidOperationException(
                "DEEPNOTE_DEMO_DATABASE must be a PostgreSQL connection string with Host, Port, Database, Username and Password.");
        }

        return new SampleDatabase(
            new ConnectionSettings(ConnectionEngine.Postgres, host, port, database, username, SslMode.Disable), password);
    }

    public override string ToString() => $"{nameof(SampleDatabase)} {{ {Settings.Host}:{Settings.Port}/{Settings.Database} }}";
}
