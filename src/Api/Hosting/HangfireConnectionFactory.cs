using System.Security.Authentication;
using Deepnote.Api.Files;
using Deepnote.Api.GraphQL;
using Deepnote.Api.GraphQL.Common;
using Deepnote.Api.Security;
using Deepnote.Application;
using Deepnote.Application.Abstractions;
using Deepnote.Infrastructure;
using global::GraphQL;
using Hangfire;
using Hangfire.PostgreSql;
using Npgsql;

namespace Deepnote.Api.Hosting;

/// <summary>Hangfire's connections to this host's database.</summary>
internal sealed class HangfireConnectionFactory(string connectionString) : IConnectionFactory
{
    public NpgsqlConnection GetOrCreateConnection() => new(connectionString);
}
