using Hangfire.PostgreSql;
using Npgsql;

namespace Deepnote.Api.Hosting;

/// <summary>Hangfire's connections to this host's database.</summary>
internal sealed class HangfireConnectionFactory(string connectionString) : IConnectionFactory
{
    public NpgsqlConnection GetOrCreateConnection() => new(connectionString);
}
