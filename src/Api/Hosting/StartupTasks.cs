using Deepnote.Api.Security;
using Deepnote.Application.Abstractions;
using Deepnote.Application.Access.Domains.ApplyOperatorDomains;
using Deepnote.Application.Common;
using Deepnote.Application.Identity.Setup.CompleteSetup;
using Deepnote.Application.Identity.Setup.IssueSetupToken;
using Deepnote.Infrastructure.EventStore;
using Deepnote.Infrastructure.Jobs;
using Hangfire;
using Mediator;

namespace Deepnote.Api.Hosting;

/// <summary>Before serving: migrate the database, create the first admin (or print the one-time set-up link),
/// and register the recurring jobs.</summary>
public static class StartupTasks
{
    public static async Task RunAsync(WebApplication app, DeepnoteSettings settings, CancellationToken ct,
        TextWriter? console = null)
    {
        app.Services.GetRequiredService<global::GraphQL.Types.ISchema>().Initialize(); // a broken schema fails here, not on a request
        await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
        // A world-readable checkpoint key or a bad signer setting stops the start, not the first minute job (a missing
        // local key is created here).
        app.Services.GetRequiredService<Application.Audit.Ports.ICheckpointSigner>();
        await BootstrapFirstAdminAsync(app, settings, console ?? Console.Out, ct);
        await ApplyOperatorDomainsAsync(app, settings, ct);
        if (settings.RunJobs)
        {
            var recurring = new RecurringJobManager(app.Services.GetRequiredService<JobStorage>());
            recurring.AddOrUpdate<ExpiredCredentialsCleanupJob>(
                ExpiredCredentialsCleanupJob.Id, job => job.RunAsync(CancellationToken.None), Cron.Hourly());
            recurring.AddOrUpdate<CacheExpiryJob>(CacheExpiryJob.Id, job => job.RunAsync(CancellationToken.None), Cron.Minutely());
            recurring.AddOrUpdate<AccountActivityJob>(AccountActivityJob.Id, job => job.RunAsync(CancellationToken.None),
                Cron.Minutely());
            recurring.AddOrUpdate<AuditCheckpointJob>(AuditCheckpointJob.Id, job => job.RunAsync(CancellationToken.None),
                Cron.Minutely());
        }
    }

    private static async Task ApplyOperatorDomainsAsync(WebApplication app, DeepnoteSettings settings, CancellationToken ct)
    {
        if (settings.VerifiedDomains.Count == 0) return;
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().AsSystem();
        var skipped = await scope.ServiceProvider.GetRequiredService<ISender>()
            .Send(new ApplyOperatorDomainsCommand(settings.VerifiedDomains), ct);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Deepnote.Setup");
        foreach (var reason in skipped) logger.LogWarning("DEEPNOTE_VERIFIED_DOMAINS not applied: {Reason}", reason);
    }

    private static async Task BootstrapFirstAdminAsync(WebApplication app, DeepnoteSettings settings,
        TextWriter console, CancellationToken ct)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Deepnote.Setup");
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().AsSystem();
        var sender = scope.ServiceProvider.GetRequiredService<ISender>();

        var token = await sender.Send(new IssueSetupTokenCommand(), ct);
        if (token is null) return;

        if (settings.AdminEmail is { } email && settings.AdminPassword is { } password)
        {
            try
            {
                var admin = await sender.Send(new CompleteSetupCommand(token, email, password), ct);
                logger.LogInformation("Created the first admin {Email} and the workspace Default", email);
                await app.Services.GetRequiredService<GettingStarted>().CreateAsync(
                    ActorSnapshot.System with { UserId = admin.UserId, Kind = ActorKind.User }, ct);
            }
            catch (RequestValidationException ex)
            {
                throw new InvalidOperationException("DEEPNOTE_ADMIN_EMAIL/DEEPNOTE_ADMIN_PASSWORD: "
                    + string.Join("; ", ex.Errors.Select(e => $"{e.Field}: {e.Message}")));
            }
            catch (NotFoundException)
            {
                logger.LogInformation("Another node completed the first set-up");
            }

            return;
        }

        var origin = settings.Urls.Split(';').FirstOrDefault(u => u.StartsWith("https://", StringComparison.Ordinal))
            ?? settings.Urls.Split(';')[0];
        // The operator's terminal, not the log: the link is a one-time secret. Printed once the server listens, after
        // the start's log lines.
        var notice = SetupLinkNotice.Box($"{origin.TrimEnd('/')}/setup?token={Uri.EscapeDataString(token)}");
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            console.Write(notice);
            console.Flush();
        });
        logger.LogInformation("No user exists yet: the one-time set-up link is printed on the terminal once the server listens");
    }
}
