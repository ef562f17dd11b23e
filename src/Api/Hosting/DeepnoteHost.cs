using System.Security.Authentication;
using Deepnote.Api.Audit;
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
using Microsoft.AspNetCore.HttpOverrides;
using Npgsql;

namespace Deepnote.Api.Hosting;

/// <summary>Builds the web host: Kestrel on TLS 1.2/1.3, the GraphQL endpoint, the SPA, health and jobs. The tests
/// build the same host on loopback ports.</summary>
public static class DeepnoteHost
{
    public static WebApplication Build(DeepnoteSettings settings, string[]? args = null,
        Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args ?? [],
            WebRootPath = settings.WebRoot,
        });
        builder.WebHost.UseUrls(settings.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries));
        var certificate = DevelopmentCertificate.Load(settings);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = 10 * 1024 * 1024;
            kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(30);
            kestrel.ConfigureHttpsDefaults(https =>
            {
                https.ServerCertificate = certificate;
                https.SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13;
            });
        });

        var services = builder.Services;
        services.AddSingleton(settings);
        services.AddSingleton(settings.Execution);
        services.AddSingleton(settings.Denials);
        services.AddHostedService<SuppressedDenialsRecorder>();
        services.AddApplication();
        services.AddSingleton<Application.Execution.Ports.IBackgroundRecorder, BackgroundExecutionRecorder>();
        services.AddSingleton<IActingAs, ActingAs>();
        services.AddSingleton<GettingStarted>();
        services.AddInfrastructure(settings.Database, settings.KeyProviderOptions, settings.Identity, settings.Workers,
            projectionDaemon: settings.RunJobs, checkpoints: settings.CheckpointOptions);
        services.AddSingleton<Application.Abstractions.IPublicLinks, Security.PublicLinks>();
        services.AddSingleton<Application.Vault.Ports.IBackgroundJobs, HangfireBackgroundJobs>();
        services.AddScoped<CurrentActor>();
        services.AddScoped<ICurrentActor>(sp => sp.GetRequiredService<CurrentActor>());
        services.AddGraphQLTypeExtensions();
        services.AddGraphQL(graphql => graphql
            .AddSelfActivatingSchema<DeepnoteSchema>()
            .AddSystemTextJson()
            .AddErrorInfoProvider<DeepnoteErrorInfoProvider>()
            .AddExecutionStrategy<GraphQL.Common.RawListParallelExecutionStrategy>(GraphQLParser.AST.OperationType.Query)
            .AddExecutionStrategy<GraphQL.Common.RawListSerialExecutionStrategy>(GraphQLParser.AST.OperationType.Mutation)
            .AddValidationRule(new DataComplexityRule(new global::GraphQL.Validation.Complexity.ComplexityOptions
            {
                MaxDepth = 12,
                MaxComplexity = 20_000,
            }))
            .AddUnhandledExceptionHandler(context =>
            {
                // The error info provider maps known exceptions and logs the rest; the client never sees the text.
                context.ErrorMessage = "An internal error occurred.";
            }));
        services.AddHttpsRedirection(options =>
        {
            var https = settings.Urls.Split(';').Select(u => Uri.TryCreate(u.Replace("*", "localhost")
                .Replace("+", "localhost"), UriKind.Absolute, out var uri) ? uri : null)
                .FirstOrDefault(u => u?.Scheme == "https");
            options.HttpsPort = https?.Port is > 0 ? https.Port : null;
        });

        // This host's own job storage (not Hangfire's process-wide default), so that a client and a server in the
        // same process always use the same database.
        services.AddSingleton<JobStorage>(_ => new PostgreSqlStorage(
            new HangfireConnectionFactory(settings.Database),
            HangfireStorageOptions));
        services.AddHangfire((sp, hangfire) => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new Hangfire.AspNetCore.AspNetCoreLogProvider(HangfireLoggerFactory))
            .UseStorage(sp.GetRequiredService<JobStorage>()));
        if (settings.RunJobs)
        {
            // This host's own activator too: Hangfire's default is process-wide, so two hosts in one process (the
            // tests) would build each other's jobs.
            services.AddHangfireServer((sp, options) =>
            {
                options.WorkerCount = 2;
                options.Activator = new Hangfire.AspNetCore.AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>());
            });
        }

        services.Configure<ForwardedHeadersOptions>(options =>
        {
            // Only the operator's proxies are believed; behind them the client's own address counts (throttles, audit).
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
            foreach (var network in settings.TrustedProxies) options.KnownIPNetworks.Add(network);
            options.ForwardLimit = null;
        });

        Infrastructure.Execution.Cluster.ClusterHosting.AddDeepnoteCluster(builder, settings.Cluster);
        configure?.Invoke(builder);

        var app = builder.Build();
        // Customer connections may never reach this node's own ports, whatever the egress allow list says.
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var ports = app.Services.GetRequiredService<Infrastructure.Execution.Egress.OwnPorts>();
            var addresses = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features
                .Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
            {
                if (Uri.TryCreate(address.Replace("*", "localhost").Replace("+", "localhost"), UriKind.Absolute, out var uri)) ports.Add(uri.Port);
            }
        });
        if (settings.TrustedProxies.Count > 0) app.UseForwardedHeaders();
        app.UseExceptionHandler(error => error.Run(context =>
            GraphQLErrors.WriteAsync(context, StatusCodes.Status500InternalServerError, ErrorCodes.Internal,
                "An internal error occurred.")));
        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (settings.PublicUrl is { } publicUrl) app.UseMiddleware<PublicHostMiddleware>(publicUrl);
        app.UseHttpsRedirection();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseMiddleware<SessionAuthenticationMiddleware>();

        app.MapGraphQLEndpoint();
        app.MapFileEndpoints();
        app.MapAuditExportEndpoints();
        app.MapSsoEndpoints();
        app.MapGet("/graphql/ui", (HttpContext context, CurrentActor actor) => actor.UserId is null
            ? Results.Redirect("/signin?next=/graphql/ui")
            : SpaFile(context, "graphiql.html"));
        app.MapGet("/healthz", HealthAsync);
        app.MapGet("/readyz", HealthAsync);
        app.MapFallback(context => SpaFile(context, "index.html").ExecuteAsync(context));
        return app;
    }

    /// <summary>Hangfire's logging is process-wide (a static provider); it gets a factory that lives as long as the
    /// process, not one host's, which a second host in the same process (tests) would outlive.</summary>
    private static readonly ILoggerFactory HangfireLoggerFactory = LoggerFactory.Create(logging => logging
        .AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));

    private static readonly PostgreSqlStorageOptions HangfireStorageOptions = new()
    {
        SchemaName = "hangfire",
        PrepareSchemaIfNecessary = true,
        QueuePollInterval = TimeSpan.FromSeconds(1),
    };

    private static IResult SpaFile(HttpContext context, string name)
    {
        var file = context.RequestServices.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider.GetFileInfo(name);
        return file.Exists
            ? Results.File(file.PhysicalPath!, "text/html; charset=utf-8")
            : Results.Text($"The web app is not built ({name} missing): run ./deepnote run.", statusCode: 404);
    }

    /// <summary>200 when the database answers and the key provider is reachable, 503 otherwise.</summary>
    private static async Task<IResult> HealthAsync(NpgsqlDataSource dataSource, DeepnoteSettings settings,
        CancellationToken ct)
    {
        var database = false;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            await using var command = dataSource.CreateCommand("select 1");
            database = await command.ExecuteScalarAsync(timeout.Token) is 1;
        }
        catch (Exception ex) when (ex is NpgsqlException or OperationCanceledException or TimeoutException)
        {
            database = false;
        }

        var keyProvider = settings.KeyProvider != "local" || (settings.MasterKeyFile is { } file && File.Exists(file));
        var healthy = database && keyProvider;
        return Results.Json(new { status = healthy ? "ok" : "unavailable", database, keyProvider },
            statusCode: healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }
}
