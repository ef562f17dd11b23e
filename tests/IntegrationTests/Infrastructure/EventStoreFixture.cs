using Deepnote.Application;
using Deepnote.Application.Abstractions;
using Deepnote.Infrastructure;
using Deepnote.Infrastructure.Persistence;
using Deepnote.Infrastructure.Vault;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Deepnote.IntegrationTests.Infrastructure;

/// <summary>The Application and Infrastructure layers wired as in the host, on a fresh database.</summary>
public sealed class EventStoreFixture : IAsyncLifetime
{
    public TestDatabase Database { get; } = new();

    public ServiceProvider Services { get; private set; } = null!;

    public string MasterKeyFile { get; } = Path.Combine(Path.GetTempPath(), $"deepnote-key-{Guid.NewGuid():N}");


    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        await File.WriteAllTextAsync(MasterKeyFile, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(MasterKeyFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        Services = BuildServices(Database.ConnectionString, MasterKeyFile);
    }

    /// <summary>The Application and Infrastructure layers as the host wires them, on <paramref name="connectionString"/>.</summary>
    public static ServiceProvider BuildServices(string connectionString, string masterKeyFile)
    {
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddApplication();
        services.AddInfrastructure(connectionString, new KeyProviderOptions { Provider = "local", MasterKeyFile = masterKeyFile });
        services.AddScoped<TestActor>();
        services.AddScoped<ICurrentActor>(sp => sp.GetRequiredService<TestActor>());
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    /// <summary>A scope of its own: its own unit of work, as one request has.</summary>
    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    public static IEventStore Events(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<IEventStore>();

    public static NpgsqlUnitOfWork UnitOfWork(AsyncServiceScope scope) =>
        scope.ServiceProvider.GetRequiredService<NpgsqlUnitOfWork>();

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        await Database.DisposeAsync();
        File.Delete(MasterKeyFile);
    }
}
