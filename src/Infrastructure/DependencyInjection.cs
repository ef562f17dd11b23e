using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Audit.Ports;
using Deepnote.Application.Identity.Ports;
using Deepnote.Infrastructure.Access;
using Deepnote.Infrastructure.Audit;
using Deepnote.Infrastructure.EventStore;
using Deepnote.Infrastructure.Identity;
using Deepnote.Infrastructure.Persistence;
using Deepnote.Infrastructure.Projections;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Deepnote.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString)
        {
            // Every wait is bounded: opening a connection, and the pool.
            Timeout = 15,
            CommandTimeout = 60,
        };
        services.AddSingleton(_ => NpgsqlDataSource.Create(builder.ConnectionString));
        services.AddSingleton<DatabaseMigrator>();

        services.AddScoped<NpgsqlUnitOfWork>();
        services.AddScoped<IUnitOfWork>(sp => sp.GetRequiredService<NpgsqlUnitOfWork>());
        services.AddScoped<IEventStore, PostgresEventStore>();
        services.AddSingleton<IInlineProjection, UserProjection>();
        services.AddSingleton<IInlineProjection, WorkspaceProjection>();

        services.AddSingleton<IPasswordHasher, PasswordHasher>();
        services.AddScoped<ICredentialStore, CredentialStore>();
        services.AddScoped<ISessionStore, SessionStore>();
        services.AddScoped<IOneTimeTokenStore, OneTimeTokenStore>();
        services.AddScoped<IUserReader, UserReader>();
        services.AddScoped<IMembershipReader, MembershipReader>();
        services.AddScoped<IAuditLog, PostgresAuditLog>();
        return services;
    }
}
