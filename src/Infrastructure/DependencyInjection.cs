using System.Net;
using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Ports;
using Deepnote.Application.Audit.Ports;
using Deepnote.Application.Identity.Ports;
using Deepnote.Application.Vault.Ports;
using Deepnote.Domain.Vault.Connections;
using Deepnote.Infrastructure.Access;
using Deepnote.Infrastructure.Audit;
using Deepnote.Infrastructure.Audit.Checkpoints;
using Deepnote.Infrastructure.EventStore;
using Deepnote.Infrastructure.Execution.Egress;
using Deepnote.Infrastructure.Execution.Workers;
using Deepnote.Infrastructure.Identity;
using Deepnote.Infrastructure.Identity.Mail;
using Deepnote.Infrastructure.Persistence;
using Deepnote.Infrastructure.Vault;
using Deepnote.Infrastructure.Vault.Crypto;
using JasperFx.Events.Daemon;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Deepnote.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, string connectionString,
        KeyProviderOptions keyProvider, IdentityOptions? identity = null, WorkerOptions? workers = null,
        bool projectionDaemon = false, CheckpointOptions? checkpoints = null)
    {
        identity ??= new IdentityOptions();
        workers ??= new WorkerOptions();
        services.AddSingleton(_ => CreateDataSource(connectionString));
        services.AddSingleton<DatabaseMigrator>();

        services.AddScoped<NpgsqlUnitOfWork>();
        services.AddScoped<IUnitOfWork>(sp => sp.GetRequiredService<NpgsqlUnitOfWork>());
        services.AddSingleton<IAsyncProjection, Audit.Projections.AuditActivityProjection>();
        var marten = services.AddMarten(sp => MartenConfiguration.Options(sp.GetRequiredService<NpgsqlDataSource>(),
            sp.GetServices<IAsyncProjection>()));
        // One node of the cluster runs the async projections at a time; the others stand by (HotCold).
        if (projectionDaemon) marten.AddAsyncDaemon(DaemonMode.HotCold);
        services.AddScoped<IEventStore, MartenEventStore>();
        services.AddSingleton<ProjectionRebuilder>();
        services.AddSingleton<IInlineProjection, Identity.Projections.UserProjection>();
        services.AddSingleton<IInlineProjection, Access.Projections.WorkspaceProjection>();

        services.AddSingleton<IPasswordHasher, PasswordHasher>();
        services.AddScoped<ICredentialStore, CredentialStore>();
        services.AddScoped<IAddressDirectory, AddressDirectory>();
        services.AddScoped<ISessionStore, SessionStore>();
        services.AddScoped<IOneTimeTokenStore, OneTimeTokenStore>();
        services.AddScoped<IUserReader, UserReader>();
        services.AddScoped<IApiTokenStore, ApiTokenStore>();
        services.AddScoped<ISignInThrottle, SignInThrottle>();
        services.AddScoped<ISsoStateStore, SsoStateStore>();
        services.AddSingleton(new OidcNetworkPolicy(identity.AllowInsecureOidc, identity.OidcAllow));
        services.AddSingleton<IOidcClient, OidcClient>();
        services.AddScoped<ISsoLinkReader, SsoLinkReader>();
        services.AddSingleton<IDnsTxtLookup>(new DnsTxtLookup(identity.DnsServer));
        services.AddSingleton(identity.Mail);
        if (identity.Mail.Host is null) services.AddSingleton<IMailTransport, DirectoryMailer>();
        else services.AddSingleton<IMailTransport, SmtpMailer>();
        services.AddSingleton<MailQueue>();
        services.AddScoped<IMailQuota, MailQuota>();
        services.AddScoped<IAccountActivity, AccountActivity>();
        services.AddScoped<IMailer, QueuedMailer>();
        services.AddHostedService<MailDelivery>();
        services.AddScoped<IInvitationReader, InvitationReader>();
        services.AddScoped<IDomainDirectory, DomainDirectory>();
        services.AddScoped<IAccessFacts, AccessFactsReader>();
        services.AddScoped<IWorkspaceReader, WorkspaceReader>();
        services.AddScoped<ISsoDirectory, SsoDirectory>();
        services.AddScoped<IWorkspaceSettingsReader, WorkspaceSettingsReader>();
        services.AddScoped<IGrantReader, GrantReader>();
        services.AddScoped<ProjectReader>();
        services.AddScoped<Application.Access.Ports.IProjectReader>(sp => sp.GetRequiredService<ProjectReader>());
        services.AddScoped<IRunContextReader>(sp => sp.GetRequiredService<ProjectReader>());
        services.AddSingleton<IInlineProjection, Access.Projections.ProjectProjection>();
        services.AddScoped<IAuditLog, PostgresAuditLog>();
        services.AddScoped<IAuditActivityReader, AuditActivityReader>();
        services.AddSingleton<IAuditEventTypes, RegisteredAuditEventTypes>();
        AddCheckpoints(services, keyProvider, checkpoints);

        services.AddSingleton<IInlineProjection, Vault.Projections.VaultProjection>();
        services.AddSingleton<IInlineProjection, Execution.Projections.ExecutionProjection>();
        services.AddSingleton<IInlineProjection, Caching.Projections.CachePolicyProjection>();
        services.AddSingleton(_ => keyProvider.Create());
        services.AddSingleton<WorkspaceKeyCache>();
        services.AddSingleton<WorkspaceKeyMaterial>();
        services.AddScoped<ISecretStore, SecretStore>();
        services.AddScoped<IWorkspaceKeyStore, WorkspaceKeyStore>();
        services.AddScoped<IVaultReader, VaultReader>();
        services.AddScoped<IFileVault, FileVault>();
        services.AddSingleton<IMemoryFiles, DataSources.MemoryFiles>();
        services.AddSingleton<ITestConnectionThrottle, TestConnectionThrottle>();
        AddWorkers(services, connectionString, workers, identity.DnsServer);
        services.AddScoped<Application.Caching.Ports.IResultCacheStore, Caching.ResultCacheStore>();
        services.AddScoped<Application.Execution.Ports.IExecutionReader, Execution.ExecutionReader>();
        return services;
    }

    /// <summary>Checkpoint signing and the sink outside the database; by default a local key and directory next to
    /// the master key.</summary>
    private static void AddCheckpoints(IServiceCollection services, KeyProviderOptions keyProvider, CheckpointOptions? checkpoints)
    {
        var beside = Path.GetDirectoryName(Path.GetFullPath(keyProvider.MasterKeyFile ?? Path.Combine(".data", "master.key")))!;
        checkpoints ??= new CheckpointOptions
        {
            KeyFile = Path.Combine(beside, "checkpoint.key"), Directory = Path.Combine(beside, "checkpoints"),
        };
        services.AddSingleton(_ => checkpoints.CreateSigner(new Cloud.CloudAccess(keyProvider.AwsRegion, keyProvider.AwsEndpoint,
            keyProvider.AzureVaultUrl, keyProvider.AzureCredential, keyProvider.AzureHandler,
            keyProvider.AzureDisableChallengeResourceVerification)));
        services.AddSingleton<ICheckpointSink>(new DirectoryCheckpointSink(checkpoints.Directory));
        services.AddScoped<IChainHeads, ChainHeadStore>();
        services.AddSingleton<IAuditExporter, PostgresAuditExporter>();
    }

    /// <summary>Queries run in sandboxed workers (docs/decisions/013): one connector per engine, both through the pool
    /// and the egress policy, which knows the product's own database so that no connection reaches it.</summary>
    private static void AddWorkers(IServiceCollection services, string connectionString, WorkerOptions workers,
        string? dnsServer)
    {
        services.AddSingleton(workers);
        services.AddSingleton<WorkerPool>();
        services.AddSingleton<OwnPorts>();
        services.AddSingleton<FailurePadding>();
        services.AddSingleton(sp => new EgressPolicy(workers.EgressAllow, ProductEndpoints(connectionString),
            sp.GetRequiredService<OwnPorts>(), workers.EgressAllowEndpoints));
        services.AddSingleton(sp => new EgressResolver(sp.GetRequiredService<EgressPolicy>(), dnsServer));
        foreach (var engine in new[] { ConnectionEngine.Postgres, ConnectionEngine.DuckDb })
        {
            services.AddSingleton<IDataSourceConnector>(sp => ActivatorUtilities.CreateInstance<SandboxedConnector>(sp, engine));
        }
    }

    /// <summary>Every address and port of the product's own database, as the policy must refuse them.</summary>
    private static IReadOnlyList<IPEndPoint> ProductEndpoints(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var endpoints = new List<IPEndPoint>();
        foreach (var host in (builder.Host ?? "localhost").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (name, port) = host.LastIndexOf(':') is var colon and > 0 && !host.Contains("::", StringComparison.Ordinal)
                && int.TryParse(host[(colon + 1)..], out var p) ? (host[..colon], p) : (host, builder.Port);
            if (name.StartsWith('/')) continue; // a Unix socket: customer connections cannot name one
            try
            {
                var addresses = IPAddress.TryParse(name, out var literal) ? [literal] : Dns.GetHostAddresses(name);
                endpoints.AddRange(addresses.Select(a => new IPEndPoint(a, port)));
            }
            catch (System.Net.Sockets.SocketException)
            {
                endpoints.Add(new IPEndPoint(IPAddress.Loopback, port)); // unresolvable now: its port is refused on this host
            }
        }

        return endpoints;
    }

    /// <summary>The data source every node uses. Every wait is bounded: opening a connection (15 s), a command
    /// (60 s), a statement on the server (30 s) and a lock (5 s, so that a stuck chain head fails a request
    /// instead of hanging it). Repeated statements are prepared automatically.</summary>
    public static NpgsqlDataSource CreateDataSource(string connectionString, int? maxPoolSize = null)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Timeout = 15,
            CommandTimeout = 60,
            Options = "-c lock_timeout=5s -c statement_timeout=30s",
            MaxAutoPrepare = 64,
            AutoPrepareMinUsages = 2,
        };
        if (maxPoolSize is { } size) builder.MaxPoolSize = size;
        return NpgsqlDataSource.Create(builder.ConnectionString);
    }
}
