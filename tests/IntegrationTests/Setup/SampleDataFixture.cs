using Deepnote.Api.Hosting;
using Deepnote.Domain.Vault.Connections;
using Deepnote.IntegrationTests.Infrastructure;

namespace Deepnote.IntegrationTests.Setup;

/// <summary>A first start as <c>./deepnote run</c> makes it: no admin yet (the set-up link), and the sample shop
/// (scripts/sample-data.sql) loaded into a database of the customers' cluster.</summary>
public sealed class SampleDataFixture : ApiFixture
{
    public string SampleDatabaseName { get; private set; } = "";

    protected override bool CreateAdminFromSettings => false;

    protected override async Task<DeepnoteSettings> ConfigureAsync(DeepnoteSettings settings)
    {
        SampleDatabaseName = await CustomerServer.CreateDatabaseAsync(
            await File.ReadAllTextAsync(RepositoryPath("scripts", "sample-data.sql")));
        var sample = new SampleDatabase(new ConnectionSettings(ConnectionEngine.Postgres, CustomerServer.Host,
            CustomerServer.Port, SampleDatabaseName, CustomerServer.User, SslMode.Disable), await CustomerServer.PasswordAsync());
        return settings with { SampleDatabase = sample };
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await CustomerServer.DropDatabaseAsync(SampleDatabaseName);
    }
}
