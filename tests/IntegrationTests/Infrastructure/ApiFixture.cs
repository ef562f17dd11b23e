using Deepnote.Api.Hosting;
using Deepnote.Infrastructure.Identity;
using Deepnote.Infrastructure.Identity.Mail;
using Deepnote.IntegrationTests.Fakes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Deepnote.IntegrationTests.Infrastructure;

/// <summary>The real host (Kestrel, TLS, GraphQL, jobs) on a loopback port, against a fresh database, with the
/// first admin created from the DEEPNOTE_ADMIN_* settings.</summary>
public class ApiFixture : IAsyncLifetime
{
    public const string AdminEmail = "admin@example.test";
    public const string AdminPassword = "Admin-Password-4-Tests!";

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "deepnote-it-" + Guid.NewGuid().ToString("N"));

    public TestDatabase Database { get; } = new();

    public LogCapture Logs { get; } = new();

    public WebApplication App { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>What the host printed to its terminal at start (the one-time set-up link, when there is one).</summary>
    public StringWriter Console { get; } = new();

    /// <summary>Whether the first admin comes from DEEPNOTE_ADMIN_*; otherwise the host prints a set-up link.</summary>
    protected virtual bool CreateAdminFromSettings => true;

    public DeepnoteSettings Settings { get; private set; } = null!;

    /// <summary>The loopback SMTP server every mail goes to (unless a variant writes mail to a directory).</summary>
    public FakeSmtpServer Smtp { get; private set; } = null!;

    /// <summary>The operator's directory of DuckDB files (DEEPNOTE_DUCKDB_DIRS), bound read-only into workers.</summary>
    public string DuckDbDirectory => Path.Combine(_dataDirectory, "duckdb-files");

    /// <summary>The loopback DNS server domain verification asks.</summary>
    public FakeDnsServer Dns { get; private set; } = null!;

    public IMailbox Mailbox { get; private set; } = null!;

    /// <summary>Whether mail goes to the loopback SMTP server; otherwise to .eml files in the data directory.</summary>
    protected virtual bool UseSmtp => true;

    /// <summary>Variants replace services here (a clock they control, say); runs after the host registered its own.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>Variants change settings here (another key provider, say) and start what they need first.</summary>
    protected virtual Task<DeepnoteSettings> ConfigureAsync(DeepnoteSettings settings) => Task.FromResult(settings);

    public virtual async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        Directory.CreateDirectory(_dataDirectory);
        var masterKey = Path.Combine(_dataDirectory, "master.key");
        await File.WriteAllTextAsync(masterKey, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(masterKey, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        Smtp = await FakeSmtpServer.StartAsync();
        Dns = FakeDnsServer.Start();
        var mailDirectory = Path.Combine(_dataDirectory, "mail");
        Mailbox = UseSmtp ? new SmtpMailbox(Smtp) : new DirectoryMailbox(mailDirectory);
        var settings = new DeepnoteSettings
        {
            Identity = new IdentityOptions
            {
                Mail = UseSmtp
                    ? new MailOptions { Host = "127.0.0.1", Port = Smtp.Port, User = Smtp.User, Password = Smtp.Password, Security = "none" }
                    : new MailOptions { Directory = mailDirectory },
                DnsServer = Dns.Endpoint,
                AllowInsecureOidc = true,
            },
            Database = Database.ConnectionString,
            // A run answers once finished (tests that want RUNNING ask for waitSeconds: 0): a worker starting on a
            // loaded CI machine must not turn a synchronous answer into RUNNING. Latency lives in docs/benchmarks.md.
            Execution = new() { DefaultWaitSeconds = 30 },
            // The customers' stand-in cluster listens on loopback (the product's own database port stays refused).
            Workers = new Deepnote.Infrastructure.Execution.Workers.WorkerOptions
            {
                EgressAllow = [System.Net.IPNetwork.Parse("127.0.0.0/8")],
                IdleSeconds = 10, // many hosts run side by side in one test process
                DuckDbDirectories = [Directory.CreateDirectory(DuckDbDirectory).FullName],
            },
            // Nodes of a two-node test notice a dead one within seconds.
            Cluster = new Deepnote.Infrastructure.Execution.Cluster.ClusterSettings
            {
                ProbeTimeout = TimeSpan.FromSeconds(1), LostRunSweep = TimeSpan.FromSeconds(1),
            },
            Urls = "https://127.0.0.1:0",
            DataDirectory = _dataDirectory,
            MasterKeyFile = masterKey,
            AdminEmail = CreateAdminFromSettings ? AdminEmail : null,
            AdminPassword = CreateAdminFromSettings ? AdminPassword : null,
            WebRoot = RepositoryPath("src", "Api", "wwwroot"),
        };
        settings = await ConfigureAsync(settings);
        Settings = settings;
        (App, BaseAddress) = await StartNodeAsync(settings);
    }

    /// <summary>Starts one API node on a free loopback port; the two-node tests start a second one.</summary>
    public async Task<(WebApplication App, Uri BaseAddress)> StartNodeAsync(DeepnoteSettings settings)
    {
        var app = DeepnoteHost.Build(settings, configure: builder =>
        {
            builder.Logging.AddProvider(Logs);
            ConfigureServices(builder.Services);
        });
        await StartupTasks.RunAsync(app, settings, default, Console);
        // Tests publish account activity when they mean to (PublishAccountActivityCommand), so that a minute job can
        // never add events to a workspace's log between two reads of a test.
        // Checkpoints likewise: the tests sign them (anchorAuditChain, SignCheckpointsCommand) when they mean to.
        var recurring = new Hangfire.RecurringJobManager(app.Services.GetRequiredService<Hangfire.JobStorage>());
        recurring.RemoveIfExists(AccountActivityJob.Id);
        recurring.RemoveIfExists(AuditCheckpointJob.Id);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, new Uri(address));
    }

    /// <summary>A browser-like client with its own cookie jar.</summary>
    public GraphQLClient NewClient() => new(BaseAddress) { Mailbox = Mailbox };

    public async Task<GraphQLClient> SignedInAdminAsync()
    {
        var client = NewClient();
        await client.SignInAsync(AdminEmail, AdminPassword);
        return client;
    }

    public static string RepositoryPath(params string[] parts)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Deepnote.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine([directory?.FullName ?? throw new InvalidOperationException("Deepnote.sln not found"), .. parts]);
    }

    public virtual async Task DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        await Database.DisposeAsync();
        await Smtp.DisposeAsync();
        Dns.Dispose();
        Directory.Delete(_dataDirectory, recursive: true);
    }
}
